package vn.ktgs.remediation;

import static com.vaadin.flow.i18n.I18NProvider.translate;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import vn.ktgs.kernel.Formats;
import vn.ktgs.tasklist.TaskContext;

/**
 * A requirement's task names the requirement, its owner, its due date and the last report; a plan task lists
 * the notice's requirements. Either shows the reason of the last return, so the subject knows what to fix.
 * In the language of the task page that shows them.
 */
@Component
class RequirementTaskContext implements TaskContext {

    private final RemediationService remediation;
    private final TaskService tasks;

    RequirementTaskContext(RemediationService remediation, TaskService tasks) {
        this.remediation = remediation;
        this.tasks = tasks;
    }

    @Override
    public boolean describes(String processKey, String taskKey) {
        return RemediationProcess.KEY.equals(processKey);
    }

    @Override
    public List<String> lines(String taskId) {
        Object requirementId = tasks.getVariable(taskId, RemediationProcess.REQUIREMENT_ID);
        List<String> lines = new ArrayList<>();
        if (requirementId == null) {
            ConclusionNotice notice = remediation.notice(((Number) tasks.getVariable(taskId, RemediationProcess.NOTICE_ID)).longValue());
            lines.add(translate("remediation.context.notice", notice.getNoticeNumber(), Formats.date(notice.getIssuedAt())));
            notice.getRequirements().forEach(r -> lines.add(translate("remediation.context.requirementLine", r.getSeq(),
                    r.getContent(), r.getOwnerName(), Formats.date(r.getDueDate()))));
            lastReturn(notice.getId(), null).ifPresent(lines::add);
            return lines;
        }
        RemediationRequirement r = remediation.requirement(requirementId);
        lines.add(translate("remediation.context.requirement", r.getSeq(), r.getContent()));
        lines.add(translate("remediation.context.owner", r.getOwnerName(), Formats.date(r.getDueDate()))
                + (r.isEvidenceRequired() ? " · " + translate("remediation.context.evidence") : "")
                + (r.getLastReport() == null ? "" : " · " + translate("remediation.context.lastReport", r.getLastReport())));
        lastReturn(r.getNotice().getId(), r.getId()).ifPresent(lines::add);
        return lines;
    }

    private Optional<String> lastReturn(long noticeId, Long requirementId) {
        return remediation.lastReturned(noticeId, requirementId).map(r -> translate("remediation.context.returned", r.getDecisionComment()));
    }
}
