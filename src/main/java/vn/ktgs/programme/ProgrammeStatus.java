package vn.ktgs.programme;

public enum ProgrammeStatus {
    DRAFT, APPROVED
}
