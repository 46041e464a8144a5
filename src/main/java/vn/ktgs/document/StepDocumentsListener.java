package vn.ktgs.document;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ktgs.tasklist.StepCompleted;
import vn.ktgs.tasklist.StepContext;

/** Generates a step's documents as the step completes, synchronously and in its transaction. */
@Component
class StepDocumentsListener {

    private final DocumentService documents;

    StepDocumentsListener(DocumentService documents) {
        this.documents = documents;
    }

    @EventListener
    void on(StepCompleted completed) {
        StepContext step = completed.step();
        documents.generate(step.caseId(), step.processKey(), step.taskKey(), step.values(), step.today(),
                step.user().getUsername());
    }
}
