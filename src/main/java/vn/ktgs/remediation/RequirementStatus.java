package vn.ktgs.remediation;

/**
 * OPEN: nothing reported yet; IN_PROGRESS: a progress report was accepted; REPORTED: a report awaits the
 * inspector; RETURNED: the inspector sent the last report back; DONE: the completion report was accepted.
 */
public enum RequirementStatus {
    OPEN, IN_PROGRESS, REPORTED, RETURNED, DONE
}
