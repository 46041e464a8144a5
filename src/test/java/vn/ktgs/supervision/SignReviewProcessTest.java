package vn.ktgs.supervision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;
import static vn.ktgs.support.CaseDriver.values;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.support.CaseDriver;
import vn.ktgs.support.IntegrationTest;

/** Both paths of bpmn/supervision/sign-review.bpmn, decided in the inbox. */
@IntegrationTest
class SignReviewProcessTest {

    @Autowired ProcessEngine engine;
    @Autowired CaseDriver driver;
    @Autowired SignService signs;
    @Autowired CaseService cases;

    @BeforeEach
    void setUp() {
        init(engine);
        CaseDriver.clockAt(LocalDateTime.of(2026, 9, 14, 9, 0));
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private ViolationSign sign(String subjectOrg) {
        return signs.record(driver.user("kiemtra2"), values("source", "ANONYMOUS_LETTER", "subjectKind", "ORGANIZATION",
                "subjectOrg", subjectOrg, "content", "Đơn nặc danh có nội dung cụ thể về chi sai quỹ cơ quan."));
    }

    private ProcessInstance instance(ViolationSign sign) {
        return processInstanceQuery().processDefinitionKey(SignReviewProcess.KEY)
                .processInstanceBusinessKey(cases.get(sign.getReviewCaseId()).getCaseNumber()).singleResult();
    }

    private String endOf(ViolationSign sign) {
        return historyService().createHistoricProcessInstanceQuery().processDefinitionKey(SignReviewProcess.KEY)
                .processInstanceBusinessKey(cases.get(sign.getReviewCaseId()).getCaseNumber()).singleResult().getEndActivityId();
    }

    @Test
    void a_sign_waits_for_the_standing_members_and_inspecting_it_ends_the_review() {
        ViolationSign sign = sign("KCQ-B41");
        BpmnAwareTests.assertThat(instance(sign)).isWaitingAt(SignReviewProcess.TASK_REVIEW);
        BpmnAwareTests.assertThat(instance(sign)).task().hasCandidateGroup("STANDING:T01").isNotAssigned();
        assertThat(cases.get(sign.getReviewCaseId()).getCaseNumber()).startsWith("DHVP-2026-");

        driver.complete("chunhiem", sign.getReviewCaseId(), SignReviewProcess.TASK_REVIEW, values("decision", "INSPECT"));

        assertThat(instance(sign)).isNull();
        assertThat(endOf(sign)).isEqualTo("EndEvent_Inspected");
        assertThat(cases.get(sign.getReviewCaseId()).getStatus()).isEqualTo(CaseStatus.CLOSED);
    }

    @Test
    void a_dismissed_sign_ends_the_review_as_not_inspected() {
        ViolationSign sign = sign("KCQ-B42");

        driver.complete("phochunhiem", sign.getReviewCaseId(), SignReviewProcess.TASK_REVIEW,
                values("decision", "DISMISS", "reason", "Đã xác minh sơ bộ, không có căn cứ."));

        assertThat(endOf(sign)).isEqualTo("EndEvent_Dismissed");
        assertThat(cases.get(sign.getReviewCaseId()).getStatus()).isEqualTo(CaseStatus.REJECTED);
        assertThat(cases.timeline(sign.getReviewCaseId())).extracting(e -> e.getSummary())
                .anyMatch(s -> s.contains("Đã xác minh sơ bộ, không có căn cứ."));
    }
}
