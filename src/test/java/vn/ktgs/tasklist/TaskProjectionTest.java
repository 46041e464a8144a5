package vn.ktgs.tasklist;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.inspection.InspectionProcess;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;

/** The inbox projection follows the engine even when a task is created and completed in one transaction. */
@IntegrationTest
class TaskProjectionTest {

    @Autowired CaseDriver driver;
    @Autowired TaskService tasks;
    @Autowired InboxTaskRepository inbox;
    @Autowired TransactionTemplate tx;

    @Test
    void a_task_created_and_completed_in_the_same_transaction_leaves_no_row_in_the_inbox() {
        CaseFile c = tx.execute(s -> {
            CaseFile opened = driver.proposeOrgInspection("kiemtra1", "KCQ-B22");
            // approval and plan completed before anything is flushed, as a batch or a step that runs on would
            complete(opened, InspectionProcess.TASK_APPROVE, Map.of(InspectionProcess.APPROVED, true));
            complete(opened, InspectionProcess.TASK_SET_PLAN, Map.of(InspectionProcess.REPORT_DUE_DATE,
                    new java.util.Date(System.currentTimeMillis() + 86_400_000L * 10)));
            return opened;
        });

        List<InboxTask> rows = inbox.findByCaseId(c.getId());
        assertThat(rows).extracting(InboxTask::getTaskKey).containsExactly(InspectionProcess.TASK_SUBJECT_REPORT);
        assertThat(rows.get(0).getTaskId()).isEqualTo(tasks.createTaskQuery()
                .processInstanceBusinessKey(c.getCaseNumber()).singleResult().getId());
    }

    private void complete(CaseFile c, String taskKey, Map<String, Object> variables) {
        String id = tasks.createTaskQuery().processInstanceBusinessKey(c.getCaseNumber()).taskDefinitionKey(taskKey)
                .singleResult().getId();
        tasks.complete(id, variables);
    }
}
