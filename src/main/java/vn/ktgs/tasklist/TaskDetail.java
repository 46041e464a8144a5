package vn.ktgs.tasklist;

import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * A feature's one line that tells a task apart from the case's other tasks of the same step (a remediation
 * requirement: "(2) Thu hồi khoản chi sai"). Kept with the inbox row when the task is created, shown under the step's name and
 * found by the inbox's search. The data's own words: not translated.
 */
public interface TaskDetail {

    Optional<String> of(DelegateTask task);
}
