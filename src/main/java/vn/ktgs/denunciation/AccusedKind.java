package vn.ktgs.denunciation;

/** Whom the letter accuses: a member or organisation from the org tree, a person named only in free text, or nobody in the party. */
public enum AccusedKind {
    MEMBER, ORGANIZATION, UNKNOWN, NOT_PARTY
}
