package vn.ktgs.kernel;

/** One choice of a select: what the user reads and the value stored. */
public record Option(String label, String value) {
}
