package vn.ktgs.document;

import java.time.LocalDateTime;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import vn.ktgs.support.CaseDriver;

/**
 * Runs a test with queued drafting (the default outside tests) on the shared context, the clock at a given time, and
 * the drafter draining only when the test says so; afterwards the context drafts in the step again.
 */
class QueuedDrafting implements BeforeEachCallback, AfterEachCallback {

    private final LocalDateTime clock;

    QueuedDrafting(LocalDateTime clock) {
        this.clock = clock;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        CaseDriver.clockAt(clock);
        drafting(context).configure(true, false);
    }

    @Override
    public void afterEach(ExtensionContext context) {
        DocumentDrafting drafting = drafting(context);
        drafting.drain();
        drafting.configure(false, false);
        ClockUtil.reset();
    }

    private static DocumentDrafting drafting(ExtensionContext context) {
        return SpringExtension.getApplicationContext(context).getBean(DocumentDrafting.class);
    }
}
