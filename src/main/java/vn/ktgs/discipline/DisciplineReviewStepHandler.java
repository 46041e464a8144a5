package vn.ktgs.discipline;

import static vn.ktgs.discipline.DisciplineReviewProcess.*;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ktgs.kernel.FieldError;
import vn.ktgs.tasklist.StepContext;
import vn.ktgs.tasklist.StepHandler;
import vn.ktgs.tasklist.StepResult;

/** The steps of discipline-review, routed to {@link DisciplineReviewSteps} and {@link BallotStep}. */
@Component
class DisciplineReviewStepHandler implements StepHandler {

    private final DisciplineReviewSteps steps;
    private final BallotStep ballot;

    DisciplineReviewStepHandler(DisciplineReviewSteps steps, BallotStep ballot) {
        this.steps = steps;
        this.ballot = ballot;
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
            case TASK_VOTE -> ballot.check(step);
            case TASK_OVERRIDE -> afterVote(step) ? ballot.checkOverride(step) : List.of();
            case TASK_ANNOUNCE -> steps.checkAnnouncement(step);
            default -> List.of();
        };
    }

    /** The override task reached from the vote (the winning form became time-barred), not from the opening. */
    private static boolean afterVote(StepContext step) {
        return Boolean.TRUE.equals(step.processVariables().get(VOTED_FORM_TIME_BARRED));
    }

    /** The ballot and the announced decision stand once recorded. */
    @Override
    public boolean irreversible(String taskKey) {
        return TASK_VOTE.equals(taskKey) || TASK_ANNOUNCE.equals(taskKey);
    }

    @Override
    public StepResult apply(StepContext step) {
        return switch (step.taskKey()) {
            case TASK_OVERRIDE -> afterVote(step) ? ballot.afterOverride(step, steps.override(step)) : steps.override(step);
            case TASK_DEFERRAL -> steps.deferral(step);
            case TASK_HEARING -> steps.hearing(step);
            case TASK_VOTE -> ballot.apply(step);
            case TASK_ANNOUNCE -> steps.announce(step);
            default -> throw new IllegalArgumentException(step.taskKey());
        };
    }
}
