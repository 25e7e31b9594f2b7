package dev.airflowaks.reports.model;

import dev.airflowaks.guide.GuideStepId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * The one cause a report leads with: across all failed checks, the root cause that lies deepest in the guide's
 * dependency graph. The articles build bottom-up (cluster and images before the namespace, the SecretStore before
 * the ExternalSecret, everything before the Airflow release), so the cause whose fix is the earliest step of the
 * {@link GuideStepId} catalogue is the deepest; between equal steps, the longer chain ({@code a ← b ← c}) reached
 * further. Check order does not matter: a release stuck in pending-install (check 8, fix "deploy Airflow") is a
 * consequence of the image pull its pods cannot do (fix "import images").
 */
public final class HeadlineCause {

    private static final char LINK = '\u2190';
    private static final String FIX = "\u2192 fix: ";

    private HeadlineCause() {
    }

    /**
     * The failed check with the deepest root cause; ties go to the earlier check. When another failed check's own
     * finding is that very link (its chain is the link alone: the vault-key check under a pod that cannot mount),
     * that check leads, and the longer chains become its consequences.
     */
    public static Optional<CheckResult> of(List<CheckResult> checks) {
        Comparator<Integer> deepest = Comparator.<Integer>comparingInt(i -> fixRank(checks.get(i)))
                .thenComparing(i -> -depth(checks.get(i))).thenComparing(i -> i);
        Optional<CheckResult> deepestChain = IntStream.range(0, checks.size()).boxed()
                .filter(i -> checks.get(i).status() == Status.FAILED).min(deepest).map(checks::get);
        return deepestChain.map(d -> checks.stream().filter(c -> c.status() == Status.FAILED && depth(c) == 1
                && brokenLink(c).equals(brokenLink(d))).findFirst().orElse(d));
    }

    /**
     * The other failed checks whose chain ends at the headline cause's broken link (the same link, state and fix):
     * consequences of that cause, not causes of their own. A rotated storage key, say, explains the logs mount,
     * the pods that wait for it and the UI behind them.
     */
    public static List<CheckResult> consequences(List<CheckResult> checks) {
        Optional<CheckResult> headline = of(checks);
        if (headline.isEmpty()) {
            return List.of();
        }
        String cause = brokenLink(headline.get());
        return checks.stream().filter(c -> c.status() == Status.FAILED && c != headline.get())
                .filter(c -> !cause.isEmpty() && cause.equals(brokenLink(c))).toList();
    }

    /** The last link of the first line of the check's chain, with its fix; empty without a chain. */
    static String brokenLink(CheckResult c) {
        String line = c.rootCause().lines().findFirst().orElse("").strip();
        int at = line.lastIndexOf(LINK);
        return at < 0 ? line : line.substring(at + 1).strip();
    }

    /** The position of the fixing step in the guide; failures that name no step rank last. */
    static int fixRank(CheckResult c) {
        String line = c.rootCause().lines().findFirst().orElse("");
        int at = line.lastIndexOf(FIX);
        if (at < 0) {
            return Integer.MAX_VALUE;
        }
        String reference = line.substring(at + FIX.length()).strip();
        for (GuideStepId step : GuideStepId.values()) {
            if (reference.equals(step.reference())) {
                return step.ordinal();
            }
        }
        return Integer.MAX_VALUE - 1;
    }

    /** Links in the first line of the check's root cause ({@code a ← b ← c} is 3); 0 without one. */
    static int depth(CheckResult c) {
        String line = c.rootCause().lines().findFirst().orElse("");
        return line.isBlank() ? 0 : 1 + (int) line.chars().filter(ch -> ch == LINK).count();
    }
}
