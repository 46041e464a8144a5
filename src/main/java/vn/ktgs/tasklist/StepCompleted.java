package vn.ktgs.tasklist;

/**
 * Published by {@link TaskWorkService} after a step's handler wrote its rows and its timeline row ({@code eventId}) and
 * before the task completes, inside the same transaction: a listener that fails rolls the whole step back.
 */
public record StepCompleted(StepContext step, StepResult result, long eventId) {
}
