package vn.ktgs.tasklist;

import java.util.Set;

/**
 * An open task appeared, changed hands or ended: the people it was or is given to and the groups it is offered to,
 * published in the engine's transaction; open inboxes of those people refresh once it commits.
 */
public record InboxChanged(Set<String> people, Set<String> groups) {
}
