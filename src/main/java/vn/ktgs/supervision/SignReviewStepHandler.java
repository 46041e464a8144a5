package vn.ktgs.supervision;

import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ktgs.tasklist.StepContext;
import vn.ktgs.tasklist.StepHandler;
import vn.ktgs.tasklist.StepResult;

/** The one step of sign-review: the standing members turn the sign into an inspection or dismiss it. */
@Component
class SignReviewStepHandler implements StepHandler {

    private final SignService signs;

    SignReviewStepHandler(SignService signs) {
        this.signs = signs;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return SignReviewProcess.KEY.equals(processKey);
    }

    @Override
    public StepResult apply(StepContext step) {
        long signId = ((Number) step.processVariables().get(SignReviewProcess.SIGN_ID)).longValue();
        String decision = step.text("decision");
        String summary = signs.decide(signId, step.user(), "INSPECT".equals(decision), step.text("reason"));
        return StepResult.of(summary, Map.of(SignReviewProcess.DECISION, decision));
    }
}
