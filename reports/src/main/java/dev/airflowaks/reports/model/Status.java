package dev.airflowaks.reports.model;

/**
 * The outcome of one check. Six values instead of JUnit's three because a conformance verdict must never count a
 * check that did not really run as a pass: a target that cannot run a check says so ({@link #NOT_APPLICABLE}) or runs
 * a declared stand-in ({@link #SUBSTITUTED}), and a harness problem ({@link #BROKEN}) is kept apart from a
 * non-conformant cluster ({@link #FAILED}).
 */
public enum Status {
    /** The target matches the guide for this check. */
    PASSED("Passed"),
    /** The target does not match the guide (an {@code AssertionError}). */
    FAILED("Failed"),
    /** The check could not decide: the harness or the target broke (any exception other than an assertion). */
    BROKEN("Broken"),
    /** The check did not run (disabled, aborted assumption); never counted as passing. */
    SKIPPED("Skipped"),
    /** The target lacks what the check needs, for example Azure on k3s; the reason names what is missing. */
    NOT_APPLICABLE("Not applicable"),
    /** The check ran against a declared local stand-in (for example ESO's fake provider); the reason names it. */
    SUBSTITUTED("Substituted");

    private final String label;

    Status(String label) {
        this.label = label;
    }

    /** A human label, for reports and summaries. */
    public String label() {
        return label;
    }

    /** Whether this outcome needs a reason to be understood (everything but a plain pass or failure). */
    public boolean needsReason() {
        return this == SKIPPED || this == NOT_APPLICABLE || this == SUBSTITUTED;
    }
}
