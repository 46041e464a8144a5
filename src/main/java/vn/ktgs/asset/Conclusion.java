package vn.ktgs.asset;

/** The committee's conclusion on a verified declaration. */
public enum Conclusion {
    TRUTHFUL,
    UNTRUTHFUL
}
