package vn.ktgs.denunciation;

import java.time.LocalDate;

/**
 * What the committee's letters about a denunciation say (denunciation/DenunciationDocuments): never who the denouncer is.
 * Everyone who may see the case sees its documents, so the identity stays sealed in the vault and goes only on the
 * mail to the denouncer's own address (Letters).
 */
public record DenunciationLetter(String caseNumber, String committeeName, LocalDate receivedOn, String accusedName,
                                 String outsideBody, String conclusion) {
}
