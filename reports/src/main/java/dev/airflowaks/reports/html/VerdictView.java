package dev.airflowaks.reports.html;

import dev.airflowaks.reports.model.ApplySummary;
import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.reports.model.Grade;
import dev.airflowaks.reports.model.Headline;
import dev.airflowaks.reports.model.RunReport;
import dev.airflowaks.reports.model.Status;
import dev.airflowaks.reports.model.StatusCounts;
import dev.airflowaks.reports.model.Verdict;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The texts of the verdict boxes (verdicts.jte): the conformance verdict explained by the counts, and the production
 * readiness verdict, kept apart so a warning never reads as non-conformance.
 */
final class VerdictView {

    private VerdictView() {
    }

    static String cssClass(Verdict v) {
        return "v-" + v.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String symbol(Verdict v) {
        return switch (v) {
            case CONFORMANT -> "\u2713";
            case NOT_CONFORMANT -> "\u2717";
            case INCONCLUSIVE -> "?";
        };
    }

    static String explain(Verdict v, StatusCounts c) {
        int ran = c.total() - c.get(Status.NOT_APPLICABLE) - c.get(Status.SKIPPED);
        String caveat = Headline.caveats(c).stream().map(x -> " " + x).collect(Collectors.joining());
        return switch (v) {
            case CONFORMANT -> "All " + ran + " checks that could run on this target passed." + caveat;
            case NOT_CONFORMANT -> c.get(Status.FAILED) + " of " + ran + " checks failed"
                    + (c.get(Status.BROKEN) > 0 ? ", " + c.get(Status.BROKEN) + " broken" : "") + "." + caveat;
            case INCONCLUSIVE -> c.total() == 0 ? "No check ran."
                    : c.get(Status.BROKEN) + " broken and " + c.get(Status.SKIPPED)
                    + " skipped: the run could not decide, so it proves nothing either way.";
        };
    }

    /** Where the deployer's apply stopped, when it did not complete; empty otherwise. */
    static String apply(RunReport r) {
        return r.environment().other() == null ? "" : r.environment().other().getOrDefault("apply", "");
    }

    /** A run on a profile other than the guide's; empty for the guide's, whose passes mean what they say. */
    static String profile(RunReport r) {
        String profile = r.environment().other() == null ? null : r.environment().other().get("profile");
        return profile == null || "guide".equals(profile) ? "" : profile.strip();
    }

    /** The headline cause: the deepest cause across all failed checks, not the first failed check. */
    static Optional<CheckResult> firstFailure(RunReport r) {
        return r.applyRefused() ? Optional.empty() : r.headlineCause();
    }

    /** The apply summary: at most three lines (step, cause, fix); the rest folds into details. */
    static ApplySummary applySummary(RunReport r) {
        return ApplySummary.of(apply(r));
    }

    /** The first broken link of a failure's chain, or its name when it has no root cause. */
    static String rootCause(CheckResult c) {
        return Html.firstBrokenLink(c.rootCause().isBlank() ? c.displayName() : c.rootCause());
    }

    static List<Grade> warnings(RunReport r) {
        return r.grades().stream().filter(g -> g.level() == Grade.Level.WARN).toList();
    }

    static String readinessClass(RunReport r) {
        return r.grades().isEmpty() ? "v-none" : r.readiness() == Grade.Level.PASS ? "v-ready" : "v-warn";
    }

    static String readinessHeadline(RunReport r) {
        int warns = warnings(r).size();
        return r.grades().isEmpty() ? "Not graded" : warns == 0 ? "\u2713 No warnings"
                : "\u26a0 " + warns + (warns == 1 ? " warning" : " warnings");
    }

    static String readinessWhy(RunReport r) {
        return r.grades().isEmpty() ? "No production-readiness rules were graded in this run."
                : (r.grades().size() - warnings(r).size()) + " of " + r.grades().size()
                + " best-practice rules hold. Warnings never make a target non-conformant.";
    }
}
