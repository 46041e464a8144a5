package vn.ktgs.inspection;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.ktgs.inspection.FinanceInspectionProcess.*;
import static vn.ktgs.inspection.PlannedInspectionSteps.votes;
import static vn.ktgs.support.CaseDriver.values;

import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.support.IntegrationTest;

/**
 * The finance inspection used to be a model file of its own; it is now deployed from the compliance model. A case
 * started on the old definition (as a production database holds them) runs to its end with today's handlers and forms.
 */
@IntegrationTest
class PlannedInspectionVersionsTest extends PlannedInspectionProcessTestBase {

    @Autowired RepositoryService repository;
    @Autowired PlannedInspectionModels models;

    @Override
    String processKey() {
        return KEY;
    }

    @Test
    void a_finance_inspection_started_on_the_former_model_file_still_completes() {
        ProcessDefinition derived = repository.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult();
        assertThat(derived.getDeploymentId()).isEqualTo(deploymentOf(PlannedInspectionModels.DEPLOYMENT).getId());
        Deployment former = repository.createDeployment().name("former inspection-finance")
                .addClasspathResource("legacy/inspection-finance-v1.bpmn").deploy();
        try {
            CaseFile c = steps.start(KEY, CASE_NUMBER_PREFIX, "Kiểm tra tài chính theo mô hình cũ");
            assertThat(instance(c).getProcessDefinitionId())
                    .isEqualTo(repository.createProcessDefinitionQuery().deploymentId(former.getId()).singleResult().getId());
            steps.plan(c, LocalDate.of(2026, 6, 12));
            steps.selfReport(c, "lienhe", InspectionProcess.TASK_SUBJECT_REPORT);
            driver.complete("kiemtra1", c.getId(), InspectionProcess.TASK_VERIFY, values("verification", "Thu, chi đúng quy định.",
                    "findings", List.of()));
            steps.draftResult(c, "truongdoan", InspectionProcess.TASK_RESULT_REPORT);
            driver.complete("chunhiem", c.getId(), InspectionProcess.TASK_CONCLUSION, votes("NO_VIOLATION", null, 7, 7, 0, 0));

            assertThat(instance(c)).isNull();
            assertThat(cases.get(c.getId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
        } finally {
            repository.deleteDeployment(former.getId(), true);
        }
        // the derived model is the latest again: new cases start on it
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(KEY).latestVersion().singleResult().getId())
                .isEqualTo(derived.getId());
    }

    @Test
    void starting_again_on_the_same_database_deploys_nothing_new() {
        long definitions = repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count();
        models.deployVariants(); // what a restart of this node, or a second node, does
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(KEY).count()).isEqualTo(definitions);
    }

    private Deployment deploymentOf(String name) {
        return repository.createDeploymentQuery().deploymentName(name).orderByDeploymentTime().desc().list().get(0);
    }
}
