package vn.ktgs.discipline;

import static vn.ktgs.discipline.DisciplineReviewProcess.*;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ktgs.tasklist.StepContext;
import vn.ktgs.tasklist.StepHandler;
import vn.ktgs.tasklist.StepResult;
import vn.ktgs.tasklist.form.FieldError;

/** The steps of discipline-review, routed to {@link DisciplineReviewSteps}. */
@Component
class DisciplineReviewStepHandler implements StepHandler {

    private final DisciplineReviewSteps steps;

    DisciplineReviewStepHandler(DisciplineReviewSteps steps) {
        this.steps = steps;
    }

    @Override
    public boolean handles(String processKey, String taskKey) {
        return KEY.equals(processKey);
    }

    @Override
    public List<FieldError> check(StepContext step) {
        return switch (step.taskKey()) {
            case TASK_DEFERRAL -> steps.checkDeferral(step);
            case TASK_HEARING -> steps.checkHearing(step);
            case TASK_VOTE -> steps.checkVote(step);
            case TASK_ANNOUNCE -> steps.checkAnnouncement(step);
            default -> List.of();
        };
    }

    @Override
    public StepResult apply(StepContext step) {
        return switch (step.taskKey()) {
            case TASK_OVERRIDE -> steps.override(step);
            case TASK_DEFERRAL -> steps.deferral(step);
            case TASK_HEARING -> steps.hearing(step);
            case TASK_VOTE -> steps.vote(step);
            case TASK_ANNOUNCE -> steps.announce(step);
            default -> throw new IllegalArgumentException(step.taskKey());
        };
    }
}
