package vn.ktgs.reminder;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Run by the reminder-digest timer every morning at 07:00 Vietnam time. */
@Component
class SendDigestsDelegate implements JavaDelegate {

    private final DigestService digests;

    SendDigestsDelegate(DigestService digests) {
        this.digests = digests;
    }

    @Override
    public void execute(DelegateExecution execution) {
        digests.sendDigests();
    }
}
