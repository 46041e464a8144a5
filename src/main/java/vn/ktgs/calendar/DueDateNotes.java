package vn.ktgs.calendar;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * Hands the rule behind a new task's due date from {@link TaskDeadlineListener} to the inbox projection,
 * which runs next in the same create event on the same thread. Task-local variables did this before and
 * cost eight writes per task (runtime and history rows, created and deleted), measured in the lifecycle
 * benchmark; the projection row is where the rule is shown.
 */
@Component
public class DueDateNotes {

    /** The rule's wording for people and its id (null when the model set the date itself). */
    public record Note(String rule, Long ruleId) {
    }

    private final ThreadLocal<Map<String, Note>> notes = ThreadLocal.withInitial(HashMap::new);

    void put(String taskId, Note note) {
        notes.get().put(taskId, note);
    }

    /** The note for this task, removed: each is read once. */
    public Optional<Note> take(String taskId) {
        Map<String, Note> pending = notes.get();
        Note note = pending.remove(taskId);
        if (pending.isEmpty()) {
            notes.remove();
        }
        return Optional.ofNullable(note);
    }
}
