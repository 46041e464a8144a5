package vn.ktgs.remediation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseVariables;

/** Rates the notice remediated on time or late once every requirement is confirmed. */
@Component
class CloseNoticeDelegate implements JavaDelegate {

    private final RemediationService remediation;
    private final CaseService cases;

    CloseNoticeDelegate(RemediationService remediation, CaseService cases) {
        this.remediation = remediation;
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long noticeId = ((Number) execution.getVariable(RemediationProcess.NOTICE_ID)).longValue();
        NoticeStatus status = remediation.close(noticeId);
        long caseId = ((Number) execution.getVariable(CaseVariables.CASE_ID)).longValue();
        cases.recordStep(caseId, "system", execution.getCurrentActivityId(), execution.getCurrentActivityName(),
                status == NoticeStatus.REMEDIATED_ON_TIME ? "Thông báo kết luận được khắc phục đúng hạn"
                        : "Thông báo kết luận được khắc phục nhưng quá hạn", null);
    }
}
