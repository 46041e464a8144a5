package vn.ktgs.casefile;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.*;
import java.util.function.Predicate;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.audit.AuditTrail;
import vn.ktgs.kernel.TextFold;
import vn.ktgs.kernel.VietnamTime;
import vn.ktgs.organization.KtgsUser;

/** Cases, their timeline and documents. Every read for a user goes through the user's scope. */
@Service("caseFileService")
@Transactional
public class CaseService {

    public static final long MAX_DOCUMENT_BYTES = 15L * 1024 * 1024;

    private final CaseFileRepository cases;
    private final CaseEventRepository events;
    private final CaseDocumentRepository documents;

    private final Clock clock;
    private final AuditTrail audit;

    CaseService(Clock clock, CaseFileRepository cases, CaseEventRepository events, CaseDocumentRepository documents, AuditTrail audit) {
        this.audit = audit;
        this.clock = clock;
        this.cases = cases;
        this.events = events;
        this.documents = documents;
    }

    public CaseFile open(CaseFile draft, String numberPrefix) {
        CaseFile saved = cases.saveAndFlush(draft);
        int year = Year.from(VietnamTime.localDate(saved.getOpenedAt())).getValue();
        saved.assignNumber(String.format("%s-%d-%06d", numberPrefix, year, saved.getId()));
        return saved;
    }

    public void linkProcess(long caseId, String processInstanceId) {
        get(caseId).linkProcess(processInstanceId);
    }

    @Transactional(readOnly = true)
    public CaseFile get(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> new NoSuchElementException("case " + caseId));
    }

    /** The numbers of many cases in one query (a list shows them without a query per row). */
    @Transactional(readOnly = true)
    public Map<Long, String> caseNumbers(Collection<Long> caseIds) {
        Map<Long, String> numbers = new HashMap<>();
        cases.findAllById(caseIds).forEach(c -> numbers.put(c.getId(), c.getCaseNumber()));
        return numbers;
    }

    /**
     * A case the user may see: owned within the subtree of a committee they work in. A subject's contact
     * person sees no case page, only the tasks offered to their organisation (and the case title there).
     */
    @Transactional(readOnly = true)
    public CaseFile getVisible(KtgsUser user, long caseId) {
        CaseFile c = get(caseId);
        if (!canSee(user, c)) {
            throw new CaseAccessDeniedException(String.valueOf(caseId));
        }
        return c;
    }

    /** A contact person of the case's subject organisation (who sees its own steps, not the case). */
    public static boolean isSubjectContact(KtgsUser user, CaseFile c) {
        return c.getSubjectOrgPath() != null && user.contactScopePaths().stream().anyMatch(c.getSubjectOrgPath()::startsWith);
    }

    public static boolean canSee(KtgsUser user, CaseFile c) {
        return user.canSeeOrgPath(c.getOwnerOrgPath());
    }

    @Transactional(readOnly = true)
    public List<CaseFile> search(KtgsUser user, String text, CaseStatus status, int offset, int limit) {
        List<CaseFile> found = new ArrayList<>();
        Sort newest = Sort.by(Sort.Order.desc("openedAt"), Sort.Order.desc("id"));
        for (String path : user.committeeScopePaths()) {
            found.addAll(cases.findAll(CaseSearch.matching(path, text, status), PageRequest.of(0, offset + limit, newest)).getContent());
        }
        return found.stream().distinct()
                .sorted(Comparator.comparing(CaseFile::getOpenedAt).reversed().thenComparing(CaseFile::getId, Comparator.reverseOrder()))
                .skip(offset).limit(limit).toList();
    }

    /** The cases about a member (their subject) that the user may open, newest first: the member's record page. */
    @Transactional(readOnly = true)
    public List<CaseFile> aboutMember(KtgsUser user, long memberId) {
        return cases.findBySubjectMemberIdOrderByOpenedAtDescIdDesc(memberId).stream().filter(c -> canSee(user, c)).toList();
    }

    @Transactional(readOnly = true)
    public long count(KtgsUser user, String text, CaseStatus status) {
        return user.committeeScopePaths().stream()
                .mapToLong(path -> cases.count(CaseSearch.matching(path, text, status))).sum();
    }


    /** Appends a line to the case's timeline; returns its id. */
    public long recordStep(long caseId, String actor, String stepKey, String stepName, String summary, String data) {
        return events.save(new CaseEvent(caseId, clock.instant(), actor, stepKey, stepName, summary, data)).getId();
    }

    /** An uploaded file; the forms refuse a bad one first ({@link UploadPolicy}), this is the last guard. */
    public void attach(long caseId, UploadedFile file, String stepKey, String actor) {
        UploadPolicy.check(file).ifPresent(refusal -> {
            throw new UploadRefusedException(refusal);
        });
        store(caseId, file, stepKey, actor, CaseDocument.UPLOADED, null);
    }

    /**
     * A file a committee member adds from the case page (minutes, a corrected version); the same file name
     * makes the next version. Refused files throw {@link UploadRefusedException} and change nothing.
     */
    public int upload(KtgsUser user, long caseId, UploadedFile file) {
        getVisible(user, caseId);
        UploadPolicy.check(file).ifPresent(refusal -> {
            throw new UploadRefusedException(refusal);
        });
        CaseDocument d = store(caseId, file, null, user.getUsername(), CaseDocument.UPLOADED, null);
        recordStep(caseId, user.getUsername(), "Document_Added", "Bổ sung tài liệu",
                "Bổ sung tài liệu " + file.fileName() + " (phiên bản " + d.getVersionNo() + ")", null);
        return d.getVersionNo();
    }

    /**
     * Minutes of a meeting (kick-off, verification, the conclusion's presentation) added from the case page, with the
     * meeting's date: required and not after today, else {@link UploadRefusedException} and nothing is saved.
     */
    public int uploadMinutes(KtgsUser user, long caseId, UploadedFile file, LocalDate meetingDate) {
        getVisible(user, caseId);
        if (meetingDate == null) {
            throw new UploadRefusedException(new UploadPolicy.Refusal("meetingDateRequired"));
        }
        if (meetingDate.isAfter(VietnamTime.localDate(clock.instant()))) {
            throw new UploadRefusedException(new UploadPolicy.Refusal("meetingDateInFuture"));
        }
        UploadPolicy.check(file).ifPresent(refusal -> {
            throw new UploadRefusedException(refusal);
        });
        int version = documents.lastVersion(caseId, file.fileName()) + 1;
        CaseDocument d = documents.save(new CaseDocument(caseId, file.fileName(), file.contentType(), file.content(),
                file.sha256(), null, user.getUsername(), clock.instant(), CaseDocument.MINUTES, version, null).withMeetingDate(meetingDate));
        recordStep(caseId, user.getUsername(), "Minutes_Added", "Bổ sung biên bản",
                "Bổ sung biên bản " + file.fileName() + " (cuộc họp ngày " + meetingDate.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"))
                        + ", phiên bản " + d.getVersionNo() + ")", null);
        return d.getVersionNo();
    }

    /** A document KTGS generated (kind and number as the generator says); a file of the same name gets the next version. */
    public DocumentInfo attachGenerated(long caseId, UploadedFile file, String kind, String number, String stepKey, String actor) {
        CaseDocument d = store(caseId, file, stepKey, actor, kind, number);
        return new DocumentInfo(d.getId(), d.getFileName(), d.getContentType(), d.getSizeBytes(), d.getSha256(),
                d.getUploadedBy(), d.getUploadedAt(), d.getDocKind(), d.getVersionNo(), d.getDocNumber(), d.getMeetingDate());
    }

    private CaseDocument store(long caseId, UploadedFile file, String stepKey, String actor, String kind, String number) {
        int version = documents.lastVersion(caseId, file.fileName()) + 1;
        return documents.save(new CaseDocument(caseId, file.fileName(), file.contentType(), file.content(),
                file.sha256(), stepKey, actor, clock.instant(), kind, version, number));
    }

    /** Every document of the case, every version, for code that already checked access (e.g. a generator). */
    @Transactional(readOnly = true)
    public List<DocumentInfo> documents(long caseId) {
        return documents.listOfCase(caseId);
    }

    public void moveTo(long caseId, CaseStatus status) {
        get(caseId).moveTo(status);
    }

    public void reopen(long caseId) {
        get(caseId).reopen();
    }

    public void close(long caseId, CaseStatus finalStatus) {
        get(caseId).close(finalStatus, clock.instant());
    }

    public void setTeam(long caseId, String team) {
        get(caseId).setTeam(team);
    }

    @Transactional(readOnly = true)
    public List<CaseEvent> timeline(KtgsUser user, long caseId) {
        getVisible(user, caseId);
        return events.findByCaseIdOrderByAtAscIdAsc(caseId);
    }

    @Transactional(readOnly = true)
    public List<CaseEvent> timeline(long caseId) {
        return events.findByCaseIdOrderByAtAscIdAsc(caseId);
    }

    @Transactional(readOnly = true)
    public List<DocumentInfo> documents(KtgsUser user, long caseId) {
        getVisible(user, caseId);
        return documents.listOfCase(caseId);
    }

    /**
     * The documents of a case addressed to its subject ({@code addressed}: the kinds the issuer sends it), for the
     * subject's contact person; empty for anyone else.
     */
    @Transactional(readOnly = true)
    public List<DocumentInfo> documentsForSubject(KtgsUser user, long caseId, Predicate<DocumentInfo> addressed) {
        return isSubjectContact(user, get(caseId)) ? documents.listOfCase(caseId).stream().filter(addressed).toList() : List.of();
    }

    /** One of them, read by the subject's contact; refused for a document not addressed to the subject. Audited. */
    public byte[] documentContentForSubject(KtgsUser user, long documentId, Predicate<DocumentInfo> addressed) {
        long caseId = documents.caseOf(documentId).orElseThrow();
        boolean theirs = documentsForSubject(user, caseId, addressed).stream().anyMatch(d -> d.id() == documentId);
        if (!theirs) {
            throw new AccessDeniedException("document " + documentId + " is not addressed to the user's organisation");
        }
        audit.record(user.getUsername(), "case:" + caseId, "subject-document-read", "document " + documentId);
        return documents.contentOf(documentId);
    }

    @Transactional(readOnly = true)
    public byte[] documentContent(KtgsUser user, long documentId) {
        getVisible(user, documents.caseOf(documentId).orElseThrow());
        return documents.contentOf(documentId);
    }
}
