package vn.ktgs.denunciation;

import java.util.*;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import vn.ktgs.asset.AssetVerificationRequested;
import vn.ktgs.asset.AssetVerificationTrigger;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseTeams;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.discipline.DisciplineForm;
import vn.ktgs.discipline.DisciplineSubjectKind;
import vn.ktgs.discipline.DisciplineWarranted;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.Formats;
import vn.ktgs.organization.*;
import vn.ktgs.remediation.ConclusionOutcome;
import vn.ktgs.remediation.RemediationProcess;
import vn.ktgs.remediation.RemediationService;
import vn.ktgs.tasklist.StepContext;
import vn.ktgs.tasklist.StepHandler;
import vn.ktgs.tasklist.StepResult;

/**
 * The steps of process {@code denunciation}. Nothing here writes who the denouncer is: the timeline gets what was
 * decided, the process gets ids and decisions; only the result step opens the identity (audited) to mail it.
 */
@Component
class DenunciationStepHandler implements StepHandler {

    /** The approval's members field (the lead is {@link CaseTeams#LEAD}). */
    static final String TEAM_MEMBERS = "teamMembers";

    private final CaseTeams teams;
    private final DenunciationService denunciations;
    private final IdentityVault vault;
    private final Letters letters;
    private final CaseService cases;
    private final OrganizationService organizations;
    private final UserDirectory users;
    private final ApplicationEventPublisher events;
    private final RemediationService remediation;

    DenunciationStepHandler(DenunciationService denunciations, IdentityVault vault, Letters letters, CaseService cases,
                            OrganizationService organizations, UserDirectory users, ApplicationEventPublisher events,
                            RemediationService remediation, CaseTeams teams) {
        this.teams = teams;
        this.remediation = remediation;
        this.denunciations = denunciations;
        this.vault = vault;
        this.letters = letters;
        this.cases = cases;
        this.organizations = organizations;
        this.users = users;
        this.events = events;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return DenunciationProcess.KEY.equals(processKey);
    }

    private Denunciation letter(StepContext step) {
        return denunciations.ofCase(step.caseId()).orElseThrow();
    }

    @Override
    public List<FieldError> check(StepContext step) {
        Denunciation d = letter(step);
        List<FieldError> errors = new ArrayList<>();
        switch (step.taskKey()) {
            case DenunciationProcess.TASK_CONFIRM_IDENTITY -> {
                if (step.date("meetingDate") != null && step.date("meetingDate").isAfter(step.today())) {
                    errors.add(FieldError.of("meetingDate", "notAfterToday"));
                }
                if (!vault.hasFile(d.getId(), DenunciationFile.Kind.MINUTES)) {
                    // the minutes name the denouncer, so they are uploaded sealed on the case page, not in this form
                    errors.add(FieldError.of("confirmed", "denunciation.minutesMissing"));
                }
            }
            case DenunciationProcess.TASK_APPROVE_PLAN -> {
                if ("YES".equals(step.text("approved"))) {
                    // led by a standing member, members from the same committee (procedures.md §1g)
                    errors.addAll(teams.check(step.caseId(), CaseTeams.LEAD, step.text(CaseTeams.LEAD), TEAM_MEMBERS,
                            step.list(TEAM_MEMBERS), true));
                }
            }
            case DenunciationProcess.TASK_VOTE -> errors.addAll(VoteRules.check(step, subjectKind(d)));
            case DenunciationProcess.TASK_ISSUE_NOTICE -> errors.addAll(remediation.check(step.caseId(), drafts(step), step.date("planDueDate")));
            default -> {
            }
        }
        return errors;
    }

    /** The vote, the notice and the result sent to the denouncer stand once done. */
    @Override
    public boolean irreversible(String taskKey) {
        return Set.of(DenunciationProcess.TASK_VOTE, DenunciationProcess.TASK_ISSUE_NOTICE, DenunciationProcess.TASK_SEND_RESULT)
                .contains(taskKey);
    }

    @Override
    public StepResult apply(StepContext step) {
        Denunciation d = letter(step);
        return switch (step.taskKey()) {
            case DenunciationProcess.TASK_CONFIRM_IDENTITY -> confirm(step);
            case DenunciationProcess.TASK_APPROVE_PLAN -> approve(step, d);
            case DenunciationProcess.TASK_EXPLANATION -> StepResult.of("Báo cáo giải trình của người bị tố cáo: " + clip(step.text("explanation")));
            case DenunciationProcess.TASK_VERIFY -> StepResult.of("Kết quả thẩm tra, xác minh: " + clip(step.text("findings")));
            case DenunciationProcess.TASK_REPORT -> StepResult.of("Báo cáo kết quả giải quyết tố cáo: " + clip(step.text("report")));
            case DenunciationProcess.TASK_VOTE -> vote(step, d);
            case DenunciationProcess.TASK_SEND_RESULT -> sendResult(step, d);
            case DenunciationProcess.TASK_ISSUE_NOTICE -> issueNotice(step, d);
            default -> throw new IllegalStateException("unknown step " + step.taskKey());
        };
    }

    private StepResult confirm(StepContext step) {
        boolean confirmed = "CONFIRMED".equals(step.text("confirmed"));
        String when = step.date("meetingDate") == null ? "" : " ngày " + Formats.date(step.date("meetingDate"));
        return StepResult.of("Gặp người tố cáo" + when + " (có biên bản): " + (confirmed ? "đã xác nhận danh tính, địa chỉ, nội dung tố cáo"
                : "không xác nhận được danh tính người tố cáo, không giải quyết"), Map.of(DenunciationProcess.IDENTITY_CONFIRMED, confirmed));
    }

    private StepResult approve(StepContext step, Denunciation d) {
        if (!"YES".equals(step.text("approved"))) {
            return StepResult.of("Thường trực không duyệt kế hoạch giải quyết: " + clip(step.text("reason")),
                    Map.of(DenunciationProcess.APPROVED, false, DenunciationProcess.TEAM_LEAD, ""));
        }
        String lead = step.text(CaseTeams.LEAD);
        List<String> members = step.list(TEAM_MEMBERS);
        d.team(lead, members);
        teams.assign(step.caseId(), lead, members, "trưởng đoàn");
        String leadName = users.fullNames(List.of(lead)).getOrDefault(lead, lead);
        cases.moveTo(step.caseId(), CaseStatus.IN_PROGRESS);
        if (d.isAboutAssetDeclaration() && d.getAccusedMemberId() != null) {
            // a letter alleging an untruthful declaration asks for the declaration to be verified (§1i)
            events.publishEvent(new AssetVerificationRequested(step.caseId(), d.getCommitteeOrgId(), d.getAccusedMemberId(),
                    AssetVerificationTrigger.DENUNCIATION, clip(d.getContent()), step.user().getUsername()));
        }
        return StepResult.of("Thường trực duyệt quyết định và kế hoạch giải quyết tố cáo; trưởng đoàn " + leadName
                + ": " + clip(step.text("plan")), Map.of(DenunciationProcess.APPROVED, true, DenunciationProcess.TEAM_LEAD, lead));
    }

    private StepResult vote(StepContext step, Denunciation d) {
        Conclusion conclusion = Conclusion.valueOf(step.text("conclusion"));
        d.concluded(conclusion);
        cases.moveTo(step.caseId(), CaseStatus.CONCLUDED);
        String summary = "Ủy ban biểu quyết " + step.integer("votesFor") + "/" + step.integer("fullMembers")
                + " ủy viên tán thành: nội dung tố cáo " + Letters.conclusionText(conclusion);
        if (Boolean.TRUE.equals(step.values().get("disciplineWarranted"))) {
            DisciplineForm form = DisciplineForm.valueOf(step.text("disciplineForm"));
            events.publishEvent(new DisciplineWarranted(step.caseId(), d.getCommitteeOrgId(), d.getAccusedMemberId(),
                    d.getAccusedMemberId() == null ? d.getAccusedOrgId() : null, clip(step.text("violations")), form, step.user().getUsername()));
            summary += "; đề nghị xem xét kỷ luật (" + form.name() + ")";
        }
        boolean remediationWarranted = Boolean.TRUE.equals(step.values().get("remediationWarranted"));
        if (remediationWarranted) {
            summary += "; yêu cầu khắc phục";
        }
        return StepResult.of(summary, Map.of(DenunciationProcess.CONCLUSION, conclusion.name(),
                DenunciationProcess.REMEDIATION_WARRANTED, remediationWarranted,
                "votesFor", step.integer("votesFor"), "fullMembers", step.integer("fullMembers"),
                "conclusionFindings", clip(step.text("violations"))));
    }

    /**
     * The remediation path of inspections, reused: a conclusion notice with requirements, then
     * {@code remediation-followup} (called from the model). Votes not in favour are recorded as "against": the
     * denunciation vote records only those in favour and all members.
     */
    private StepResult issueNotice(StepContext step, Denunciation d) {
        Map<String, Object> v = step.processVariables();
        int votesFor = ((Number) v.get("votesFor")).intValue();
        int members = ((Number) v.get("fullMembers")).intValue();
        List<RemediationService.RequirementDraft> drafts = drafts(step);
        var notice = remediation.issue(step.caseId(), step.text(RemediationProcess.NOTICE_NUMBER), ConclusionOutcome.VIOLATION,
                "Nội dung tố cáo " + Letters.conclusionText(d.getConclusion()) + ". " + Objects.toString(v.get("conclusionFindings"), ""),
                votesFor, members - votesFor, 0, drafts, step.date("planDueDate"));
        cases.moveTo(step.caseId(), CaseStatus.REMEDIATION);
        return StepResult.of("Ban hành thông báo kết luận giải quyết tố cáo số " + notice.getNoticeNumber() + " với " + drafts.size()
                + " yêu cầu khắc phục", Map.of(RemediationProcess.NOTICE_ID, notice.getId(),
                RemediationProcess.REQUIREMENT_IDS, new ArrayList<>(notice.getRequirements().stream().map(r -> r.getId()).toList())))
                .recording(RemediationProcess.NOTICE_NUMBER, notice.getNoticeNumber());
    }

    @SuppressWarnings("unchecked")
    private static List<RemediationService.RequirementDraft> drafts(StepContext step) {
        Object rows = step.values().get("requirements");
        return rows == null ? List.of() : RemediationService.draftsOf((List<Map<String, Object>>) rows);
    }

    private StepResult sendResult(StepContext step, Denunciation d) {
        DenouncerIdentity identity = vault.identity(step.user(), d.getId(), IdentityRead.Purpose.SEND_RESULT);
        Organization committee = organizations.byId(d.getCommitteeOrgId());
        boolean mailed = letters.result(d, cases.get(step.caseId()), committee, identity, step.text("summary"));
        return StepResult.of("Thông báo kết quả giải quyết cho người tố cáo" + (mailed ? " (đã gửi thư điện tử và văn bản)" : " (gửi văn bản qua bưu điện)"));
    }

    private DisciplineSubjectKind subjectKind(Denunciation d) {
        if (d.getAccusedMemberId() != null) return DisciplineSubjectKind.of(organizations.memberById(d.getAccusedMemberId()).getStatus());
        return d.getAccusedOrgId() != null ? DisciplineSubjectKind.ORGANIZATION : null;
    }

    private static String clip(String text) {
        return DenunciationService.clip(text == null ? "" : text, 900);
    }
}
