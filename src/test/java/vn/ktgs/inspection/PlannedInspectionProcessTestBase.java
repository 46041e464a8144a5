package vn.ktgs.inspection;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.remediation.RemediationService;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.tasklist.InboxService;

/** What the process tests of the programme's inspections share: services, a Monday-morning clock, the instance. */
abstract class PlannedInspectionProcessTestBase {

    @Autowired ProcessEngine engine;
    @Autowired CaseDriver driver;
    @Autowired CaseService cases;
    @Autowired RemediationService remediation;
    @Autowired FindingService findings;
    @Autowired InboxService inbox;
    PlannedInspectionSteps steps;

    abstract String processKey();

    @BeforeEach
    void setUpEngineAndClock() {
        init(engine);
        steps = new PlannedInspectionSteps(driver, inbox);
        // a Monday with no holiday in the following weeks
        CaseDriver.clockAt(LocalDateTime.of(2026, 6, 1, 9, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    ProcessInstance instance(CaseFile c) {
        return processInstanceQuery().processDefinitionKey(processKey()).processInstanceBusinessKey(c.getCaseNumber()).singleResult();
    }
}
