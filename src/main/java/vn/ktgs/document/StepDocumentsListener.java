package vn.ktgs.document;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ktgs.tasklist.StepCompleted;

/** A step's documents: queued in the step's transaction and drafted after it commits, or drafted in it (DocumentDrafting). */
@Component
class StepDocumentsListener {

    private final DocumentDrafting drafting;

    StepDocumentsListener(DocumentDrafting drafting) {
        this.drafting = drafting;
    }

    @EventListener
    void on(StepCompleted completed) {
        drafting.draftFor(completed.step(), completed.eventId());
    }
}
