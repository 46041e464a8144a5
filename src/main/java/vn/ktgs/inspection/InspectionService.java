package vn.ktgs.inspection;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.*;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseProcesses;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.CaseTeams;
import vn.ktgs.casefile.CaseStatus;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.*;
import vn.ktgs.tasklist.form.*;

/** Starts an inspection on signs of violation from an inspector's proposal (the process's start form). */
@Service
@Transactional
public class InspectionService {

    static final String PROPOSED_TEAM = "proposedTeam";

    private final CaseProcesses processes;
    private final RepositoryService repository;
    private final FormService forms;
    private final CaseService cases;
    private final OrganizationService organizations;
    private final Clock clock;
    private final CaseTeams teams;

    InspectionService(CaseProcesses processes, RepositoryService repository, FormService forms, CaseService cases,
                      OrganizationService organizations, Clock clock, CaseTeams teams) {
        this.teams = teams;
        this.clock = clock;
        this.processes = processes;
        this.repository = repository;
        this.forms = forms;
        this.cases = cases;
        this.organizations = organizations;
    }

    @Transactional(readOnly = true)
    public FormDefinition proposalForm() {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(InspectionProcess.KEY)
                .latestVersion().singleResult().getId();
        try (InputStream in = forms.getDeployedStartForm(definitionId)) {
            return FormParser.parse(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Opens the case and starts the process; bad input throws {@link FormValidationException} and saves nothing. */
    public CaseFile propose(KtgsUser user, Map<String, Object> values) {
        Grant committee = user.proposingCommittee()
                .orElseThrow(() -> new AccessDeniedException("only inspectors propose inspections"));
        return proposeIn(user, committee, values);
    }

    /**
     * The same, in a committee the caller checked the user may act for (e.g. a standing member opening a
     * follow-up inspection of a conclusion notice, who holds no inspector grant).
     */
    public CaseFile proposeIn(KtgsUser user, Grant committee, Map<String, Object> values) {
        if (!user.getGrants().contains(committee)) { // the caller's check is about which grant; this one, that it is the user's
            throw new AccessDeniedException("the user holds no such grant");
        }
        List<FieldError> errors = FormValidator.validate(proposalForm(), values,
                VietnamTime.localDate(clock.instant()));
        List<String> proposedTeam = proposedTeam(values);
        errors.addAll(teams.checkIn(committee.orgId(), CaseTeams.LEAD, null, PROPOSED_TEAM, proposedTeam, false));
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        Subject subject = subject(values, committee);
        CaseFile draft = new CaseFile(InspectionProcess.KEY, text(values, "title"), text(values, "content"),
                committee.orgId(), committee.orgPath(), subject.orgId(), subject.memberId(), subject.name(),
                subject.org().getPath(), text(values, "source"), null, user.getUsername(), clock.instant());
        CaseFile opened = cases.open(draft, InspectionProcess.CASE_NUMBER_PREFIX);
        teams.propose(opened.getId(), proposedTeam);
        cases.recordStep(opened.getId(), user.getUsername(), "StartEvent_Proposed", "Đề xuất kiểm tra",
                "Đề xuất kiểm tra " + subject.name() + ": " + opened.getTitle(), null);
        // the plan's members start from the team proposed (form property startsFrom)
        processes.start(opened, committee.orgCode(), subject.org().getCode(), Map.of(InspectionProcess.PROPOSER, user.getUsername(),
                PROPOSED_TEAM, String.join(",", proposedTeam)));
        return opened;
    }

    /** The proposal's team: usernames of the committee's people (a taglist). */
    private static List<String> proposedTeam(Map<String, Object> values) {
        return values.get(PROPOSED_TEAM) instanceof Collection<?> chosen ? chosen.stream().map(String::valueOf).toList() : List.of();
    }

    /** A sign of violation the chair or a deputy decided to inspect (supervision's signs, issue #5). */
    public record SignFacts(long committeeOrgId, String committeeOrgPath, String committeeOrgCode, Long subjectOrgId,
                            Long subjectMemberId, String subjectName, String subjectOrgPath, String subjectOrgCode,
                            String content, ViolationSource source, String raisedBy, String decidedBy) {
    }

    /**
     * Opens an inspection case from a sign: it carries the sign's source, subject and content. The standing
     * members' approval is the decision just taken on the sign, so the process starts at the plan.
     */
    public CaseFile openFromSign(SignFacts sign) {
        String title = "Kiểm tra khi có dấu hiệu vi phạm: " + sign.subjectName();
        CaseFile draft = new CaseFile(InspectionProcess.KEY, title.length() > 300 ? title.substring(0, 299) + "…" : title,
                sign.content(), sign.committeeOrgId(), sign.committeeOrgPath(), sign.subjectOrgId(), sign.subjectMemberId(),
                sign.subjectName(), sign.subjectOrgPath(), sign.source().name(), null, sign.raisedBy(), clock.instant());
        CaseFile opened = cases.open(draft, InspectionProcess.CASE_NUMBER_PREFIX);
        cases.moveTo(opened.getId(), CaseStatus.IN_PROGRESS);
        cases.recordStep(opened.getId(), sign.decidedBy(), InspectionProcess.TASK_APPROVE, "Duyệt đề xuất kiểm tra",
                "Thường trực quyết định kiểm tra từ dấu hiệu vi phạm: "
                        + (sign.content().length() > 800 ? sign.content().substring(0, 799) + "…" : sign.content()), null);
        processes.startAt(InspectionProcess.TASK_SET_PLAN, opened, sign.committeeOrgCode(), sign.subjectOrgCode(),
                Map.of(InspectionProcess.PROPOSER, sign.raisedBy(), InspectionProcess.APPROVED, true));
        return opened;
    }

    private record Subject(Organization org, Long orgId, Long memberId, String name) {
    }

    /** The subject must lie within the proposing committee's jurisdiction (its org subtree). */
    private Subject subject(Map<String, Object> values, Grant committee) {
        Subject subject;
        if ("MEMBER".equals(text(values, "subjectKind"))) {
            PartyMember member = organizations.memberById(Long.parseLong(text(values, "subjectMember")));
            String name = member.getFullName() + " (" + member.getOrganization().getName() + ")";
            subject = new Subject(member.getOrganization(), null, member.getId(),
                    name.length() > 255 ? name.substring(0, 254) + "…" : name);
        } else {
            Organization org = organizations.byCode(text(values, "subjectOrg"));
            subject = new Subject(org, org.getId(), null, org.getName());
        }
        if (!subject.org().isWithin(committee.orgPath())) {
            String field = subject.memberId() != null ? "subjectMember" : "subjectOrg";
            throw FormValidationException.of(field, "outsideJurisdiction");
        }
        return subject;
    }

    private static String text(Map<String, Object> values, String key) {
        Object v = values.get(key);
        return v == null ? null : v.toString().trim();
    }
}
