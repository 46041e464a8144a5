package vn.ktgs.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.casefile.DocumentInfo;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.InboxService;
import vn.ktgs.tasklist.InboxTask;
import vn.ktgs.tasklist.TaskWorkService;

/**
 * The documents a step would issue with what its form holds now, before the step is done. The step is rehearsed in
 * a transaction that is always rolled back: the same checks, the team and numbers it would take, the same drafters,
 * so the preview is the document itself and not an imitation; nothing of it stays (no number is used up).
 */
@Service
public class DocumentPreviews {

    /** One previewed document: its kind, its number as it would be given, and the PDF. */
    public record Preview(DocumentKind kind, String number, String fileName, byte[] pdf) {
    }

    private final TaskWorkService work;
    private final DocumentService documents;
    private final DocumentDraftRepository drafts;
    private final DocumentRegistry registry;
    private final CaseService cases;
    private final TransactionTemplate rehearsal;

    DocumentPreviews(TaskWorkService work, DocumentService documents, DocumentDraftRepository drafts, DocumentRegistry registry,
                     CaseService cases, PlatformTransactionManager transactions) {
        this.work = work;
        this.documents = documents;
        this.drafts = drafts;
        this.registry = registry;
        this.cases = cases;
        this.rehearsal = new TransactionTemplate(transactions);
        this.rehearsal.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** Whether the step drafts documents at all (for some values): the task page offers a preview. */
    public boolean previewable(InboxTask task) {
        return registry.mayProduce(task.getProcessKey(), task.getTaskKey());
    }

    /**
     * The PDFs the step would issue with {@code values}; empty when these values issue none. Bad input throws
     * {@code FormValidationException} as completing would; a user who may neither work nor take the task is refused.
     */
    public List<Preview> preview(KtgsUser user, String taskId, Map<String, Object> values) {
        return rehearsal.execute(status -> {
            status.setRollbackOnly();
            InboxTask task = work.openTask(user, taskId);
            if (!InboxService.mayWork(user, task)) {
                work.claim(user, taskId);
            }
            long caseId = task.getCaseId();
            long before = cases.documents(caseId).stream().mapToLong(DocumentInfo::id).max().orElse(0);
            work.complete(user, taskId, values);
            // drafted after the step when drafting is queued: here, at once, in the doomed transaction
            drafts.findByCaseIdOrderById(caseId).stream().filter(d -> d.getTaskKey().equals(task.getTaskKey()))
                    .forEach(d -> documents.generateFromStep(caseId, d.getProcessKey(), d.getTaskKey(), d.getEventId(), d.getStepDate(), d.getActor()));
            List<Preview> made = new ArrayList<>();
            for (DocumentInfo d : cases.documents(caseId)) {
                if (d.id() > before && d.generated() && d.fileName().endsWith(".pdf")) {
                    made.add(new Preview(DocumentKind.valueOf(d.kind()), d.number(), d.fileName(), cases.documentContent(user, d.id())));
                }
            }
            return made;
        });
    }
}
