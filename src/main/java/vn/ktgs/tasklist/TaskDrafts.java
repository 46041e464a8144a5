package vn.ktgs.tasklist;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ktgs.casefile.UploadedFile;
import vn.ktgs.organization.KtgsUser;

/**
 * What a user typed into a task's form and has not completed: kept per user and task so that nothing typed is lost
 * when the page is left (the case opened, the browser closed). Only its author reads a draft; it goes when the task
 * ends, however it ends.
 */
@Component
public class TaskDrafts {

    /** A kept draft and when it was last saved. */
    public record Draft(Map<String, Object> values, Instant savedAt) {
    }

    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    TaskDrafts(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** Keeps the values (files left out) for this user and task, replacing an older draft. */
    @Transactional
    public void save(KtgsUser user, String taskId, Map<String, Object> values) {
        Map<String, Object> kept = new LinkedHashMap<>();
        values.forEach((k, v) -> {
            if (v != null && !(v instanceof UploadedFile)) kept.put(k, v);
        });
        String text;
        try {
            text = json.writeValueAsString(kept);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("form values cannot be kept", e);
        }
        Timestamp now = Timestamp.from(clock.instant());
        if (jdbc.update("update task_draft set form_values = ?, saved_at = ? where task_id = ? and username = ?",
                text, now, taskId, user.getUsername()) == 0) {
            jdbc.update("insert into task_draft (task_id, username, form_values, saved_at) values (?, ?, ?, ?)",
                    taskId, user.getUsername(), text, now);
        }
    }

    @Transactional(readOnly = true)
    public Optional<Draft> find(KtgsUser user, String taskId) {
        return jdbc.query("select form_values, saved_at from task_draft where task_id = ? and username = ?",
                (rs, i) -> new Draft(read(rs.getString(1)), rs.getTimestamp(2).toInstant()), taskId, user.getUsername()).stream().findFirst();
    }

    @Transactional
    public void discard(KtgsUser user, String taskId) {
        jdbc.update("delete from task_draft where task_id = ? and username = ?", taskId, user.getUsername());
    }

    /** A completed or cancelled task keeps no drafts (runs in the engine's transaction). */
    @EventListener(condition = "#task.eventName == '" + TaskListener.EVENTNAME_COMPLETE + "' or #task.eventName == '"
            + TaskListener.EVENTNAME_DELETE + "'")
    public void taskEnded(DelegateTask task) {
        jdbc.update("delete from task_draft where task_id = ?", task.getId());
    }

    private Map<String, Object> read(String text) {
        try {
            return json.readValue(text, new TypeReference<>() { });
        } catch (JsonProcessingException unreadable) {
            return Map.of();
        }
    }
}
