package vn.ktgs.discipline;

/**
 * Published (Spring application event, inside the publisher's transaction) when a conclusion finds that discipline
 * is warranted: a denunciation found true, an asset verification that found an untruthful declaration. The
 * discipline feature opens a {@code discipline-review} case for it, linked to the source case. Exactly one of
 * {@code subjectMemberId} and {@code subjectOrgId} is set.
 */
public record DisciplineWarranted(long sourceCaseId, long committeeOrgId, Long subjectMemberId, Long subjectOrgId,
        String violations, DisciplineForm proposedForm, String by) {
}
