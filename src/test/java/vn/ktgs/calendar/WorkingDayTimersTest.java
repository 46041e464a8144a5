package vn.ktgs.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;

/** Timers and task due dates in BPMN count working days through the engine's business calendar. */
@IntegrationTest
class WorkingDayTimersTest {

    @Autowired RepositoryService repository;
    @Autowired RuntimeService runtime;
    @Autowired TaskService tasks;
    @Autowired ManagementService management;
    private Deployment deployment;

    @AfterEach
    void cleanUp() {
        ClockUtil.reset();
        if (deployment != null) {
            repository.deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void a_timer_of_five_working_days_across_tet_fires_at_the_end_of_the_fifth_working_day() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("working-day-timer-test").camundaHistoryTimeToLive(1)
                .startEvent()
                .userTask("Task_Answer").camundaDueDate("P2WD")
                .intermediateCatchEvent("Timer_FiveWorkingDays").timerWithDuration("P5WD")
                .userTask("Task_AfterTimer")
                .endEvent().done();
        deployment = repository.createDeployment().addModelInstance("working-day-timer-test.bpmn", model).deploy();

        // Friday 13/2/2026, the last working day before Tết (16–20/2)
        CaseDriver.clockAt(LocalDateTime.of(2026, 2, 13, 10, 0));
        ProcessInstance instance = runtime.startProcessInstanceByKey("working-day-timer-test");
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getDueDate())
                .isEqualTo(vietnam(LocalDateTime.of(2026, 2, 24, 17, 0)));
        tasks.complete(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());

        Job timer = management.createJobQuery().processInstanceId(instance.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(vietnam(LocalDateTime.of(2026, 2, 27, 17, 0)));
        // not due on the last day of Tết, due after 17:00 on Friday 27/2
        CaseDriver.clockAt(LocalDateTime.of(2026, 2, 20, 18, 0));
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).executable().count()).isZero();
        CaseDriver.clockAt(LocalDateTime.of(2026, 2, 27, 17, 1));
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).executable().count()).isEqualTo(1);
        management.executeJob(timer.getId());
        assertThat(tasks.createTaskQuery().processInstanceId(instance.getId()).singleResult().getTaskDefinitionKey())
                .isEqualTo("Task_AfterTimer");
    }

    @Test
    void standard_durations_keep_their_meaning() {
        BpmnModelInstance model = Bpmn.createExecutableProcess("calendar-day-timer-test").camundaHistoryTimeToLive(1)
                .startEvent().intermediateCatchEvent().timerWithDuration("P5D").endEvent().done();
        deployment = repository.createDeployment().addModelInstance("calendar-day-timer-test.bpmn", model).deploy();
        CaseDriver.clockAt(LocalDateTime.of(2026, 2, 13, 10, 0));
        ProcessInstance instance = runtime.startProcessInstanceByKey("calendar-day-timer-test");
        assertThat(management.createJobQuery().processInstanceId(instance.getId()).singleResult().getDuedate())
                .isEqualTo(vietnam(LocalDateTime.of(2026, 2, 18, 10, 0)));
    }

    private static java.util.Date vietnam(LocalDateTime time) {
        return java.util.Date.from(time.atZone(VietnamTime.ZONE).toInstant());
    }
}
