package vn.ktgs.complaint;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.*;
import java.util.function.Supplier;
import org.camunda.bpm.engine.FormService;
import org.camunda.bpm.engine.RepositoryService;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.casefile.*;
import vn.ktgs.discipline.DisciplineRecord;
import vn.ktgs.discipline.DisciplineRecords;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.kernel.FormValidationException;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.*;
import vn.ktgs.tasklist.form.*;

/**
 * Registers disciplinary complaints (the intake screen's start form), applies the admissibility rules and the
 * deadline by level, and starts {@code discipline-complaint}. A complaint about a decision KTGS does not know, a
 * second active complaint about the same decision and dates after today are refused; nothing is saved then.
 */
@Service
@Transactional
public class ComplaintService {

    /** The roles that register letters: the clerk, or an inspector or team lead. */
    private static final Set<Role> REGISTER = EnumSet.of(Role.CLERK, Role.INSPECTOR, Role.TEAM_LEAD);

    private final ComplaintRepository complaints;
    private final DisciplineRecords records;
    private final OrganizationService organizations;
    private final CaseService cases;
    private final CaseLinks links;
    private final ComplaintDeadlines deadlines;
    private final CaseProcesses processes;
    private final RepositoryService repository;
    private final FormService forms;
    private final Clock clock;

    ComplaintService(ComplaintRepository complaints, DisciplineRecords records, OrganizationService organizations, CaseService cases,
                     CaseLinks links, ComplaintDeadlines deadlines, CaseProcesses processes, RepositoryService repository, FormService forms, Clock clock) {
        this.clock = clock;
        this.complaints = complaints;
        this.records = records;
        this.organizations = organizations;
        this.cases = cases;
        this.links = links;
        this.deadlines = deadlines;
        this.processes = processes;
        this.repository = repository;
        this.forms = forms;
    }

    @Transactional(readOnly = true)
    public FormDefinition intakeForm() {
        String definitionId = repository.createProcessDefinitionQuery().processDefinitionKey(ComplaintProcess.KEY)
                .latestVersion().singleResult().getId();
        try (InputStream in = forms.getDeployedStartForm(definitionId)) {
            return FormParser.parse(in);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The committee in which the user registers complaints (their first clerk, inspector or team-lead grant). */
    public static Optional<Grant> intakeCommittee(KtgsUser user) {
        return user.getGrants().stream().filter(g -> REGISTER.contains(g.role())).findFirst();
    }

    /** Registers the complaint and starts its process; bad input throws {@link FormValidationException}. */
    public CaseFile register(KtgsUser user, Map<String, Object> values) {
        Grant committee = intakeCommittee(user)
                .orElseThrow(() -> new AccessDeniedException("only clerks and inspectors register complaints"));
        LocalDate today = VietnamTime.localDate(clock.instant());
        List<FieldError> errors = new ArrayList<>(FormValidator.validate(intakeForm(), values, today));
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        IntakeValues in = new IntakeValues(values);
        errors.addAll(in.check(today));
        Organization decidingOrg = known(() -> organizations.byCode(in.text("decidingOrg")), "decidingOrg", errors);
        PartyMember complainant = known(() -> organizations.memberById(Long.parseLong(in.text("complainant"))), "complainant", errors);
        DisciplineRecord record = null;
        if (decidingOrg != null && decidingOrg.getId().equals(committee.orgId())) {
            // §3: a complaint goes to the organisation above the one that disciplined, never back to it
            errors.add(FieldError.of("decidingOrg", "complaintOwnDecision"));
        } else if (decidingOrg != null && !decidingOrg.isWithin(committee.orgPath())) {
            errors.add(FieldError.of("decidingOrg", "outsideJurisdiction"));
        } else if (decidingOrg != null) {
            record = decision(in.text("decisionNumber"), decidingOrg, errors);
        }
        if (!errors.isEmpty()) {
            throw new FormValidationException(errors);
        }
        return open(user, committee, in, record, decidingOrg, complainant);
    }

    /** A lookup value that names nothing (a crafted request: the screen offers only what exists) is refused, not a crash. */
    private static <T> T known(Supplier<T> lookup, String field, List<FieldError> errors) {
        try {
            return lookup.get();
        } catch (IllegalArgumentException unknown) { // NumberFormatException is one too
            errors.add(FieldError.of(field, "option"));
            return null;
        }
    }

    /** The decision complained about: it must exist, concern a member, be in force and have no active complaint. */
    private DisciplineRecord decision(String number, Organization decidingOrg, List<FieldError> errors) {
        Optional<DisciplineRecord> found = records.byDecision(number, decidingOrg.getId());
        if (found.isEmpty()) {
            errors.add(FieldError.of("decisionNumber", "complaintDecisionNotFound", number, decidingOrg.getName()));
            return null;
        }
        DisciplineRecord record = found.get();
        if (record.getMemberId() == null) {
            errors.add(FieldError.of("decisionNumber", "complaintDecisionNotAboutMember"));
        } else if (!record.inForce()) {
            errors.add(FieldError.of("decisionNumber", "complaintDecisionNotInForce"));
        } else {
            complaints.findByActiveRecordId(record.getId()).ifPresent(active -> errors.add(FieldError.of("decisionNumber",
                    "complaintAlreadyActive", cases.get(active.getCaseId()).getCaseNumber())));
        }
        return record;
    }

    private CaseFile open(KtgsUser user, Grant committee, IntakeValues in, DisciplineRecord record, Organization decidingOrg,
                          PartyMember complainant) {
        LocalDate windowEnds = in.date("decisionReceivedOn") == null ? null : deadlines.appealWindowEnd(in.date("decisionReceivedOn"));
        Set<InadmissibleReason> reasons = Admissibility.assess(new Admissibility.Facts(record.getForm(),
                complainant.getId().equals(record.getMemberId()), in.flag("writtenForAnother"), in.date("decisionReceivedOn"),
                in.flag("refusedDecision"), in.date("filedOn"), windowEnds, in.earlier(), in.flag("sentenced"),
                in.flag("movedOrganization"), in.date("sentOn")));
        Optional<Date> due = deadlines.resolutionDue(committee.orgLevel(), in.date("filedOn"));
        String name = complainant.getFullName() + " (" + complainant.getOrganization().getName() + ")";
        CaseFile opened = cases.open(new CaseFile(ComplaintProcess.KEY, ComplaintWording.clip("Khiếu nại kỷ luật: " + name, 300),
                in.text("content"), committee.orgId(), committee.orgPath(), null, complainant.getId(), ComplaintWording.clip(name, 255),
                complainant.getOrganization().getPath(), null, null, user.getUsername(), clock.instant()),
                ComplaintProcess.CASE_NUMBER_PREFIX);
        Complaint complaint = complaints.saveAndFlush(new Complaint(opened.getId(), committee.orgId(), complainant.getId(), record.getId(),
                in.intake(), windowEnds, reasons, due.map(d -> VietnamTime.localDate(d.toInstant())).orElse(null),
                user.getUsername(), clock.instant()));
        if (record.getCaseId() != null) {
            links.link(record.getCaseId(), opened.getId(), CaseLinkKind.DISCIPLINE_TO_COMPLAINT, user.getUsername());
        }
        cases.recordStep(opened.getId(), user.getUsername(), "StartEvent_ComplaintRegistered", "Tiếp nhận đơn khiếu nại kỷ luật",
                ComplaintWording.clip("Đơn khiếu nại của " + name + " về quyết định kỷ luật số " + record.getDecisionNumber() + " của "
                        + decidingOrg.getName() + ": " + (reasons.isEmpty() ? "thuộc trường hợp thụ lý"
                        : "không thụ lý (" + ComplaintWording.shortReasons(reasons) + ")"), 1000), null);
        Map<String, Object> variables = new HashMap<>();
        variables.put(ComplaintProcess.COMPLAINT_ID, complaint.getId());
        variables.put(ComplaintProcess.ADMISSIBLE, reasons.isEmpty());
        variables.put(ComplaintProcess.RESOLUTION_DUE_DATE, due.orElse(null));
        // every step is due on the resolution deadline: say so where the due date is shown
        deadlines.resolutionRule(committee.orgId()).ifPresent(rule -> variables.put(CaseVariables.DUE_RULE,
                "Hạn giải quyết khiếu nại: " + rule + ", tính từ ngày nhận đơn " + ComplaintWording.date(in.date("filedOn"))));
        processes.start(opened, committee.orgCode(), complainant.getOrganization().getCode(), variables); // the due date may be null
        return opened;
    }

    @Transactional(readOnly = true)
    public Optional<Complaint> ofCase(long caseId) {
        return complaints.findByCaseId(caseId);
    }

    @Transactional(readOnly = true)
    public Complaint get(long complaintId) {
        return complaints.findById(complaintId).orElseThrow(() -> new NoSuchElementException("complaint " + complaintId));
    }

    /** The complaint of a case, for a user who may see the case (the committee's own users and those above). */
    @Transactional(readOnly = true)
    public Optional<Complaint> ofCase(KtgsUser user, long caseId) {
        cases.getVisible(user, caseId);
        return complaints.findByCaseId(caseId);
    }
}
