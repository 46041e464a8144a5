package vn.ktgs.remediation;

import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.calendar.BusinessCalendar;
import vn.ktgs.casefile.CaseService;

/** Conclusion notices, their requirements and the remediation reports against them. */
@Service("remediationService")
@Transactional
public class RemediationService {

    public record RequirementDraft(String content, String owner, LocalDate dueDate) {
    }

    private final ConclusionNoticeRepository notices;
    private final RemediationRequirementRepository requirements;

    RemediationService(ConclusionNoticeRepository notices, RemediationRequirementRepository requirements) {
        this.notices = notices;
        this.requirements = requirements;
    }

    public ConclusionNotice issue(long caseId, String number, ConclusionOutcome outcome, String findings,
                                  int votesFor, int votesAgainst, int votesAbstain, List<RequirementDraft> drafts) {
        ConclusionNotice notice = new ConclusionNotice(caseId, number, outcome, findings, votesFor, votesAgainst,
                votesAbstain, CaseService.now());
        drafts.forEach(d -> notice.addRequirement(d.content(), d.owner(), d.dueDate()));
        return notices.saveAndFlush(notice);
    }

    /** Due date of a requirement as the engine wants it (used by the BPMN's dueDate expression). */
    @Transactional(readOnly = true)
    public Date dueDateOf(Object requirementId) {
        return Date.from(BusinessCalendar.endOfDay(requirement(requirementId).getDueDate()));
    }

    @Transactional(readOnly = true)
    public RemediationRequirement requirement(Object requirementId) {
        return requirements.findById(((Number) requirementId).longValue()).orElseThrow();
    }

    public void report(long requirementId, String text) {
        requirement(requirementId).report(text, CaseService.now());
    }

    public void confirm(long requirementId, boolean done) {
        requirement(requirementId).confirm(done, CaseService.now());
    }

    /** Closes the notice: on time when every requirement was done by its own due date. */
    public NoticeStatus close(long noticeId) {
        ConclusionNotice notice = notices.findById(noticeId).orElseThrow();
        boolean onTime = notice.getRequirements().stream().allMatch(RemediationRequirement::doneOnTime);
        NoticeStatus status = onTime ? NoticeStatus.REMEDIATED_ON_TIME : NoticeStatus.REMEDIATED_LATE;
        notice.close(status, CaseService.now());
        return status;
    }

    @Transactional(readOnly = true)
    public List<ConclusionNotice> noticesOf(long caseId) {
        List<ConclusionNotice> found = notices.findByCaseIdOrderByIssuedAtAsc(caseId);
        found.forEach(n -> n.getRequirements().size());
        return found;
    }

}
