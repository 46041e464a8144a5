package vn.ktgs.tasklist;

import java.util.List;

/** Lines a feature shows above a task's form so the user sees what the step is about (e.g. the requirement). */
public interface TaskContext {

    boolean describes(String processKey, String taskKey);

    List<String> lines(String taskId);
}
