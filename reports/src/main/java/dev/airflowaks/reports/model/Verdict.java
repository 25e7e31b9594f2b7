package dev.airflowaks.reports.model;

/**
 * The run's conformance verdict. Only {@link #CONFORMANT} lets the {@code run} command exit 0; a run that could not
 * decide is {@link #INCONCLUSIVE}, never a pass.
 */
public enum Verdict {
    /**
     * Every check that could run passed; some may be not applicable or substituted, and the {@link Headline} says how
     * many. A stand-in's answer is never counted as a pass: a run of stand-ins only is inconclusive.
     */
    CONFORMANT("Conformant"),
    /** At least one check failed: the target does not match the guide. */
    NOT_CONFORMANT("Not conformant"),
    /** No failure, but something broke or was skipped, or nothing passed: the run proves nothing either way. */
    INCONCLUSIVE("Inconclusive");

    private final String label;

    Verdict(String label) {
        this.label = label;
    }

    /** A human label. */
    public String label() {
        return label;
    }

    /** The verdict the checks imply: a failure wins over a breakage, a breakage or skip over a pass. */
    public static Verdict of(Iterable<CheckResult> checks) {
        boolean failed = false;
        boolean undecided = false;
        boolean passed = false;
        for (CheckResult c : checks) {
            switch (c.status()) {
                case FAILED -> failed = true;
                case BROKEN, SKIPPED -> undecided = true;
                case PASSED -> passed = true;
                case SUBSTITUTED, NOT_APPLICABLE -> { }
            }
        }
        if (failed) {
            return NOT_CONFORMANT;
        }
        return undecided || !passed ? INCONCLUSIVE : CONFORMANT;
    }
}
