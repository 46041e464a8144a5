package vn.ktgs.denunciation;

import java.time.LocalDate;

/** What a letter says and how it came, read from the registration form; never the denouncer's identity. */
public record Letter(LocalDate receivedOn, LocalDate postmarkedOn, Channel channel, int signatories, boolean signedPersonally,
                     AccusedKind accusedKind, Long accusedMemberId, Long accusedOrgId, String accusedName, String content,
                     boolean aboutAssetDeclaration, boolean vague, boolean fakeName, boolean lacksCivilCapacity, boolean newEvidence,
                     String outsideBody) {
}
