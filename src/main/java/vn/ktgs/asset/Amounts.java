package vn.ktgs.asset;

/**
 * The totals a verification records, in whole đồng: last year's declared total, this declaration's total, the total
 * the team verified, and the part of the increase the member explained with lawful sources. The unexplained increase is
 * what the verified total grew over last year beyond what was explained (never below zero); from
 * {@link #SIGN_THRESHOLD} on it is a sign of violation under state law.
 */
public record Amounts(long previousTotal, long declaredTotal, long verifiedTotal, long explainedIncrease) {

    /** 300 million đồng (procedures.md §1i). */
    public static final long SIGN_THRESHOLD = 300_000_000L;

    public long increase() {
        return verifiedTotal - previousTotal;
    }

    public long unexplainedIncrease() {
        return Math.max(0, increase() - explainedIncrease);
    }

    /** Verified more than declared: assets left out of the declaration. */
    public long undeclared() {
        return Math.max(0, verifiedTotal - declaredTotal);
    }

    public boolean isSignOfViolation() {
        return unexplainedIncrease() >= SIGN_THRESHOLD;
    }
}
