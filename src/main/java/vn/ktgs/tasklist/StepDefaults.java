package vn.ktgs.tasklist;

import java.util.Map;
import vn.ktgs.tasklist.form.FormDefinition;

/**
 * Values a feature puts into a task's form before the user types (what the system already knows: the size of the
 * voting body from its roster, a returned report's text). The user may change them; a draft of the user's own wins.
 */
public interface StepDefaults {

    /** Field key to value, as the form reads it (text, number, ISO date, option value); empty when the step is not the feature's. */
    Map<String, Object> values(InboxTask task, FormDefinition form);
}
