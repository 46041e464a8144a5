package vn.ktgs.document;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.*;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.casefile.CaseEvent;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.DocumentInfo;
import vn.ktgs.casefile.UploadedFile;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.Grant;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.organization.Role;
import vn.ktgs.organization.UserDirectory;

/**
 * Generates a case's documents (.docx and PDF of each) when a step that produces them completes, in the
 * step's transaction, and again on request as a new version. Numbers stay those of the first version.
 */
@Service
@Transactional
public class DocumentService {

    static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
    static final String PDF = "application/pdf";
    /** Roles of the owning committee that may generate a document again: those who issue and file them. */
    private static final Set<Role> MAY_REGENERATE = EnumSet.of(Role.CHAIR, Role.DEPUTY_CHAIR, Role.TEAM_LEAD, Role.CLERK);

    private final DocumentRegistry registry;
    private final Letterhead letterhead;
    private final DocumentNumbers numbers;
    private final CaseService cases;
    private final ObjectMapper json;
    private final UserDirectory users;

    DocumentService(DocumentRegistry registry, Letterhead letterhead, DocumentNumbers numbers,
                    CaseService cases, ObjectMapper json, UserDirectory users) {
        this.users = users;
        this.registry = registry;
        this.letterhead = letterhead;
        this.numbers = numbers;
        this.cases = cases;
        this.json = json;
    }

    /** The documents a just-completed step produces; nothing when the registry has none for it. */
    public List<DocumentInfo> generate(long caseId, String processKey, String taskKey, Map<String, Object> values,
                                       LocalDate date, String actor) {
        return generate(caseId, processKey, taskKey, values, date, actor, Long.MAX_VALUE);
    }

    private List<DocumentInfo> generate(long caseId, String processKey, String taskKey, Map<String, Object> values,
                                        LocalDate date, String actor, long stepEventId) {
        List<DocumentInfo> made = new ArrayList<>();
        for (DocumentTemplate entry : registry.producedBy(processKey, taskKey, values)) {
            made.addAll(write(cases.get(caseId), entry, values, date, actor, actor, stepEventId));
        }
        return made;
    }

    /** Whether the step drafts any document, given what was entered. */
    @Transactional(readOnly = true)
    public boolean drafts(String processKey, String taskKey, Map<String, Object> values) {
        return !registry.producedBy(processKey, taskKey, values).isEmpty();
    }

    /** A step's documents drafted after the step: from the values its timeline row recorded, on the step's date. */
    public List<DocumentInfo> generateFromStep(long caseId, String processKey, String taskKey, long eventId, LocalDate date, String actor) {
        CaseEvent step = cases.timeline(caseId).stream().filter(e -> e.getId() == eventId).findFirst()
                .orElseThrow(() -> new IllegalStateException("no timeline row " + eventId + " in case " + caseId));
        return generate(caseId, processKey, taskKey, values(step), date, actor, eventId);
    }

    /**
     * A new version of a generated document from the step's values as the timeline recorded them, for a
     * chair, deputy, team lead or clerk of the committee that owns the case.
     */
    public List<DocumentInfo> regenerate(KtgsUser user, long caseId, DocumentKind kind) {
        CaseFile c = cases.getVisible(user, caseId);
        if (!mayRegenerate(user, c)) {
            throw new AccessDeniedException("only the owning committee's chair, deputies, team leads and clerks regenerate");
        }
        List<DocumentTemplate> entries = registry.find(c.getProcessKey(), kind);
        if (entries.isEmpty()) {
            throw new IllegalArgumentException("no " + kind + " in " + c.getProcessKey());
        }
        for (DocumentTemplate entry : entries) { // the step this case took (a cell's notice or a committee's)
            Optional<CaseEvent> step = lastStep(caseId, entry.taskKey());
            if (step.isPresent()) {
                return write(c, entry, values(step.get()), VietnamTime.localDate(step.get().getAt()), user.getUsername(),
                        step.get().getActor(), step.get().getId());
            }
        }
        throw new IllegalStateException("no step drafting " + kind + " done in case " + caseId);
    }

    /** The kinds this user may generate again on this case: those generated before. */
    @Transactional(readOnly = true)
    public List<DocumentKind> regenerable(KtgsUser user, CaseFile c) {
        if (!mayRegenerate(user, c)) {
            return List.of();
        }
        Set<String> generated = new HashSet<>();
        cases.documents(c.getId()).forEach(d -> generated.add(d.kind()));
        return Arrays.stream(DocumentKind.values()).filter(k -> generated.contains(k.name())).toList();
    }

    public static boolean mayRegenerate(KtgsUser user, CaseFile c) {
        return CaseService.canSee(user, c) && user.getGrants().stream()
                .anyMatch(g -> MAY_REGENERATE.contains(g.role()) && ownsCase(g, c));
    }

    private static boolean ownsCase(Grant g, CaseFile c) {
        return c.getOwnerOrgId() != null && g.orgId() == c.getOwnerOrgId();
    }

    /**
     * Drafts and stores one document; {@code actor} stores it, {@code stepActor} did the step it issues, recorded as
     * timeline row {@code stepEventId} (the latest when the step has just been done).
     */
    private List<DocumentInfo> write(CaseFile c, DocumentTemplate entry, Map<String, Object> values, LocalDate date,
                                     String actor, String stepActor, long stepEventId) {
        DocumentKind kind = entry.kind();
        Letterhead.Issuer issuer = letterhead.of(c.getOwnerOrgId());
        Map<DocumentKind, String> earlier = latestNumbers(c.getId());
        String number = number(kind, values, earlier, issuer, date);
        OfficialDocument doc = entry.drafter().draft(new StepFacts(c, issuer, entry.wording(), values, date, number, earlier,
                signer(c, issuer.orgId(), stepActor, stepEventId)));
        String stem = kind.fileStem() + "-" + c.getCaseNumber();
        return List.of(
                cases.attachGenerated(c.getId(), new UploadedFile(stem + ".docx", DOCX, DocxRenderer.render(doc)), kind.name(),
                        number, entry.taskKey(), actor),
                cases.attachGenerated(c.getId(), new UploadedFile(stem + ".pdf", PDF, PdfRenderer.render(doc)), kind.name(),
                        number, entry.taskKey(), actor));
    }

    /**
     * A number typed at the step (a notice's, a planned procedure's decision, a complaint's decision) is the number;
     * otherwise a kind of a register series keeps the number its first version got, or takes the next one.
     */
    private String number(DocumentKind kind, Map<String, Object> values, Map<DocumentKind, String> earlier,
                          Letterhead.Issuer issuer, LocalDate date) {
        Object typed = kind.typedNumberField() == null ? null : values.get(kind.typedNumberField());
        if (typed != null) {
            return typed.toString().trim();
        }
        if (kind.series() == null) {
            return null;
        }
        return earlier.containsKey(kind) ? earlier.get(kind)
                : numbers.next(issuer.orgId(), date.getYear(), kind.series(), issuer.numberSuffix());
    }

    /**
     * Who signs: the step's own actor when a standing member of the issuing committee, else the standing member who
     * acted last on the case (a decision drafted at the plan step is signed by who approved the inspection). Null when
     * the chair signs, the default.
     */
    private StepFacts.Signer signer(CaseFile c, long issuerOrgId, String stepActor, long stepEventId) {
        List<String> actors = new ArrayList<>();
        actors.add(stepActor);
        List<CaseEvent> timeline = cases.timeline(c.getId());
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (timeline.get(i).getId() <= stepEventId) {
                actors.add(timeline.get(i).getActor());
            }
        }
        for (String username : actors.stream().filter(Objects::nonNull).distinct().toList()) {
            Optional<KtgsUser> user = users.find(username).map(KtgsUser::of);
            if (user.isEmpty()) {
                continue;
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            user.get().getGrants().stream().filter(g -> g.orgId() == issuerOrgId).forEach(g -> roles.add(g.role()));
            if (roles.contains(Role.CHAIR)) {
                return null;
            }
            if (roles.contains(Role.DEPUTY_CHAIR)) {
                return new StepFacts.Signer(user.get().getFullName(), true);
            }
        }
        return null;
    }

    private Map<DocumentKind, String> latestNumbers(long caseId) {
        Map<DocumentKind, String> found = new EnumMap<>(DocumentKind.class);
        for (DocumentInfo d : cases.documents(caseId)) {
            if (d.generated() && d.number() != null) {
                found.put(DocumentKind.valueOf(d.kind()), d.number());
            }
        }
        return found;
    }

    private Optional<CaseEvent> lastStep(long caseId, String taskKey) {
        List<CaseEvent> timeline = cases.timeline(caseId);
        for (int i = timeline.size() - 1; i >= 0; i--) {
            if (taskKey.equals(timeline.get(i).getStepKey())) {
                return Optional.of(timeline.get(i));
            }
        }
        return Optional.empty();
    }

    private Map<String, Object> values(CaseEvent step) {
        try {
            return step.getData() == null ? Map.of() : json.readValue(step.getData(), new TypeReference<Map<String, Object>>() { });
        } catch (Exception unreadable) {
            throw new IllegalStateException("step data of case event " + step.getId() + " unreadable", unreadable);
        }
    }
}
