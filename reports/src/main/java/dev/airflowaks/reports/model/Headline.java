package dev.airflowaks.reports.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The verdict as a reader sees it first, in the console, the HTML header and {@code report.json}. A conformant run
 * whose checks were partly answered by stand-ins never reads as plain "Conformant", and substituted and
 * not-applicable checks get a sentence each: a stand-in answered, a not-applicable check did not run at all.
 */
public final class Headline {

    private Headline() {
    }

    /** {@code Conformant, with 2 checks answered by stand-ins}, or the verdict's own label. */
    public static String of(Verdict verdict, StatusCounts counts) {
        int substituted = counts.get(Status.SUBSTITUTED);
        if (verdict == Verdict.CONFORMANT && substituted > 0) {
            return verdict.label() + ", with " + checks(substituted) + " answered by stand-ins";
        }
        return verdict.label();
    }

    /** One sentence for substituted checks and one for not-applicable ones; none when there are neither. */
    public static List<String> caveats(StatusCounts counts) {
        List<String> out = new ArrayList<>();
        int substituted = counts.get(Status.SUBSTITUTED);
        int notApplicable = counts.get(Status.NOT_APPLICABLE);
        if (substituted > 0) {
            out.add(checks(substituted) + (substituted == 1 ? " was" : " were") + " answered by a stand-in, not the "
                    + "real component: they prove the access path and the contract, not the component itself.");
        }
        if (notApplicable > 0) {
            out.add(checks(notApplicable) + (notApplicable == 1 ? " does" : " do") + " not apply to this target "
                    + "and did not run: they prove nothing about it, Azure included.");
        }
        return out;
    }

    private static String checks(int n) {
        return n + (n == 1 ? " check" : " checks");
    }
}
