package dev.airflowaks.reports.model;

import java.util.List;
import java.util.Optional;

/**
 * The one cause a report leads with: across all failed checks, the root cause that lies deepest in the guide's
 * dependency graph (pods → nodes, PVC → PV → Secret → ExternalSecret → … → Azure), which is the end of the longest
 * rendered chain. Check order does not matter: a release stuck in pending-install (check 8) is a consequence of the
 * image pull its pods cannot do, and the chain that reaches the image pull is the longer one.
 */
public final class HeadlineCause {

    private static final char LINK = '\u2190';

    private HeadlineCause() {
    }

    /** The failed check with the deepest root cause; ties go to the earlier check. */
    public static Optional<CheckResult> of(List<CheckResult> checks) {
        CheckResult best = null;
        for (CheckResult c : checks) {
            if (c.status() == Status.FAILED && (best == null || depth(c) > depth(best))) {
                best = c;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Links in the first line of the check's root cause ({@code a ← b ← c} is 3); 0 without one. */
    static int depth(CheckResult c) {
        String line = c.rootCause().lines().findFirst().orElse("");
        return line.isBlank() ? 0 : 1 + (int) line.chars().filter(ch -> ch == LINK).count();
    }
}
