package vn.ktgs.document;

import jakarta.annotation.PreDestroy;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ktgs.casefile.CaseFile;
import vn.ktgs.casefile.CaseService;
import vn.ktgs.organization.KtgsUser;
import vn.ktgs.tasklist.StepContext;

/**
 * Drafts a step's documents after the step has committed, so the user's transaction carries one row instead of the
 * rendering and the files ({@code ktgs.documents.drafting=queued}, the default; {@code in-step} drafts them inside the
 * step as before). The row is drafted right after the commit on this node, and by the periodic sweep of any node
 * otherwise: a draft is leased for {@code ktgs.documents.draft-lease}, so one whose node died is drafted by another
 * once the lease ends, and the files and the row's deletion commit together, so a draft is stored once. A case's
 * steps are drafted in order; a failure backs off and, after {@code ktgs.documents.draft-max-attempts}, waits on the
 * case page for a retry.
 */
@Service
public class DocumentDrafting {

    private static final Logger log = LoggerFactory.getLogger(DocumentDrafting.class);

    /** What the case page shows while a step's documents are not stored yet. */
    public record Pending(long id, String stepName, boolean failed, int attempts, String lastError) {
    }

    private final DocumentDraftRepository drafts;
    private final DocumentService documents;
    private final CaseService cases;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration lease;
    private final int maxAttempts;
    private final ExecutorService afterCommit = Executors.newSingleThreadExecutor(r -> {
        Thread thread = new Thread(r, "ktgs-document-drafting");
        thread.setDaemon(true);
        return thread;
    });
    /** A drain is queued on the after-commit thread already: later commits need not queue another. */
    private final AtomicBoolean drainQueued = new AtomicBoolean();
    private volatile boolean queued;
    private volatile boolean draftAfterCommit;

    DocumentDrafting(DocumentDraftRepository drafts, DocumentService documents, CaseService cases, TransactionTemplate tx, Clock clock,
                     @Value("${ktgs.documents.drafting:queued}") String mode,
                     @Value("${ktgs.documents.draft-after-commit:true}") boolean draftAfterCommit,
                     @Value("${ktgs.documents.draft-lease:PT2M}") Duration lease,
                     @Value("${ktgs.documents.draft-max-attempts:5}") int maxAttempts) {
        this.drafts = drafts;
        this.documents = documents;
        this.cases = cases;
        this.tx = tx;
        this.clock = clock;
        this.lease = lease;
        this.maxAttempts = maxAttempts;
        this.draftAfterCommit = draftAfterCommit;
        if (!"queued".equals(mode) && !"in-step".equals(mode)) {
            throw new IllegalArgumentException("ktgs.documents.drafting must be queued or in-step, not " + mode);
        }
        this.queued = "queued".equals(mode);
    }

    /** The step's documents: queued for after the commit, or drafted now in the step's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void draftFor(StepContext step, long eventId) {
        if (!queued) {
            // from the recorded row, as the queued drafter does: it holds what the step established (a notice's number)
            documents.generateFromStep(step.caseId(), step.processKey(), step.taskKey(), eventId, step.today(), step.user().getUsername());
            return;
        }
        if (!documents.drafts(step.processKey(), step.taskKey(), step.values())) {
            return;
        }
        drafts.save(new DocumentDraft(step.caseId(), eventId, step.processKey(), step.taskKey(), step.taskName(), step.today(),
                step.user().getUsername(), clock.instant()));
        drainAfterCommit();
    }

    /** The steps of this case whose documents are not stored yet, oldest first (empty for those who may not see the case). */
    @Transactional(readOnly = true)
    public List<Pending> pending(KtgsUser user, CaseFile c) {
        if (!CaseService.canSee(user, c)) {
            return List.of();
        }
        return drafts.findByCaseIdOrderById(c.getId()).stream()
                .map(d -> new Pending(d.getId(), d.getStepName(), d.isFailed(), d.getAttempts(), d.getLastError())).toList();
    }

    /** Those who may generate the case's documents again may have a failed draft tried again at once. */
    @Transactional
    public void retry(KtgsUser user, long caseId, long draftId) {
        CaseFile c = cases.getVisible(user, caseId);
        if (!DocumentService.mayRegenerate(user, c)) {
            throw new AccessDeniedException("only the owning committee's issuers retry drafts");
        }
        DocumentDraft draft = drafts.findById(draftId).filter(d -> d.getCaseId() == caseId).orElseThrow();
        draft.retryNow(clock.instant());
        drainAfterCommit();
    }

    /** Every node sweeps: drafts left by a node that died, and those whose back-off has passed. */
    @Scheduled(fixedDelayString = "${ktgs.documents.draft-interval:PT15S}", initialDelayString = "${ktgs.documents.draft-interval:PT15S}")
    public void scheduled() {
        drain();
    }

    /** Drafts everything due now, a case's steps in order; returns how many steps' documents were stored. */
    public int drain() {
        int stored = 0;
        for (int round; (round = draftDue()) > 0; ) {
            stored += round;
        }
        return stored;
    }

    private int draftDue() {
        List<Long> due = drafts.dueIds(clock.instant(), PageRequest.of(0, 20));
        int stored = 0;
        for (long id : due) {
            if (draft(id)) {
                stored++;
            }
        }
        return stored;
    }

    private boolean draft(long id) {
        String token = UUID.randomUUID().toString();
        var now = clock.instant();
        Integer leased = tx.execute(s -> drafts.lease(id, token, now.plus(lease), now));
        if (leased == null || leased == 0) {
            return false; // another drafter took it
        }
        try {
            tx.executeWithoutResult(s -> {
                DocumentDraft d = drafts.findById(id).orElseThrow();
                documents.generateFromStep(d.getCaseId(), d.getProcessKey(), d.getTaskKey(), d.getEventId(), d.getStepDate(), d.getActor());
                if (drafts.deleteLeased(id, token) != 1) {
                    // our lease ended and another drafter took the step: its files count, ours roll back
                    throw new IllegalStateException("lease of document draft " + id + " lost");
                }
            });
            return true;
        } catch (RuntimeException failure) {
            log.warn("Documents of draft {} not drafted: {}", id, failure.toString());
            tx.executeWithoutResult(s -> drafts.findById(id).ifPresent(d -> d.failedAttempt(failure.toString(), clock.instant(), maxAttempts)));
            return false;
        }
    }

    private void drainAfterCommit() {
        if (!draftAfterCommit) {
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                if (drainQueued.compareAndSet(false, true)) {
                    afterCommit.submit(() -> {
                        drainQueued.set(false);
                        try {
                            drain();
                        } catch (RuntimeException e) {
                            log.warn("Drafting after a commit failed; the sweep tries again: {}", e.toString());
                        }
                    });
                }
            }
        });
    }

    /** For tests: switch between queued and in-step drafting, and the draft right after a commit, in the running context. */
    void configure(boolean queued, boolean draftAfterCommit) {
        this.queued = queued;
        this.draftAfterCommit = draftAfterCommit;
    }

    @PreDestroy
    void stop() {
        afterCommit.shutdownNow();
    }
}
