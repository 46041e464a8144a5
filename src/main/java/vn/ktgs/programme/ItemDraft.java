package vn.ktgs.programme;

/**
 * What a user enters for a programme item. Exactly one of {@code subjectOrgId} / {@code subjectMemberId};
 * {@code planYear} may be null in an annual programme (its year); {@code reason} is required once the
 * programme is approved.
 */
public record ItemDraft(ItemKind kind, Long subjectOrgId, Long subjectMemberId, String content, Integer planYear,
                        Integer quarter, String lead, String reason) {
}
