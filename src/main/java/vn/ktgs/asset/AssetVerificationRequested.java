package vn.ktgs.asset;

/**
 * Published (Spring application event, inside the publisher's transaction) by another feature that asks for a
 * member's declaration to be verified: a denunciation about a declaration, a sign of violation. The asset feature
 * opens an {@code asset-verification} case for it, linked to the source case.
 */
public record AssetVerificationRequested(long sourceCaseId, long committeeOrgId, long memberId,
        AssetVerificationTrigger trigger, String reason, String by) {
}
