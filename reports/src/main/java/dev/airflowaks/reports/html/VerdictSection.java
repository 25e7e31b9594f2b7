package dev.airflowaks.reports.html;

import static dev.airflowaks.reports.html.Html.esc;

import dev.airflowaks.reports.model.ApplySummary;
import dev.airflowaks.reports.model.Grade;
import dev.airflowaks.reports.model.Headline;
import dev.airflowaks.reports.model.RunReport;
import dev.airflowaks.reports.model.Status;
import dev.airflowaks.reports.model.StatusCounts;
import dev.airflowaks.reports.model.Verdict;
import java.util.Locale;
import java.util.Map;

/**
 * The two verdicts side by side (conformance and production readiness, never mixed) and the status counts, so the
 * first screen answers "can I trust this cluster" before any detail.
 */
final class VerdictSection implements Section {

    @Override
    public void appendTo(StringBuilder out, RunReport r) {
        Verdict v = r.verdict();
        StatusCounts counts = r.counts();
        out.append("<section class=\"verdicts\" aria-label=\"Verdicts\">");
        out.append("<div class=\"verdict v-").append(v.name().toLowerCase(Locale.ROOT).replace('_', '-')).append("\">")
                .append("<p class=\"label\">Conformance verdict</p>")
                .append("<p class=\"big\"><span aria-hidden=\"true\">").append(symbol(v)).append("</span> ")
                .append(esc(r.headline())).append("</p>")
                .append("<p class=\"why\">").append(esc(explain(v, counts))).append("</p>");
        String apply = r.environment().other() == null ? "" : r.environment().other().getOrDefault("apply", "");
        if (!apply.isBlank()) {
            ApplySummary summary = ApplySummary.of(apply);
            out.append("<div class=\"first\"><span class=\"k\">Apply</span><span>")
                    .append(String.join("<br>", summary.lines().stream().map(Html::esc).toList()));
            if (summary.hasMoreDetails()) {
                out.append("<details><summary>details</summary><pre>").append(esc(summary.details()))
                        .append("</pre></details>");
            }
            out.append("</span></div>");
        }
        r.headlineCause().ifPresent(first -> out
                .append("<div class=\"first\"><span class=\"k\">First root cause</span><span>")
                .append(esc(Html.firstBrokenLink(first.rootCause().isBlank() ? first.displayName() : first.rootCause())))
                .append("</span>")
                .append(first.fixHint().isBlank() ? "" : "<span class=\"k\">Fix</span><span>" + esc(first.fixHint()) + "</span>")
                .append("<span></span><span><a href=\"#").append(Html.anchor("check", first.id()))
                .append("\">Show the failed check \u2193</a></span></div>"));
        out.append("</div>");

        long warns = r.grades().stream().filter(g -> g.level() == Grade.Level.WARN).count();
        boolean readinessOk = r.readiness() == Grade.Level.PASS;
        out.append("<div class=\"verdict ").append(r.grades().isEmpty() ? "v-none" : readinessOk ? "v-ready" : "v-warn")
                .append("\"><p class=\"label\">Production readiness <small>(separate from conformance)</small></p>")
                .append("<p class=\"big\">")
                .append(r.grades().isEmpty() ? "Not graded" : readinessOk ? "\u2713 No warnings"
                        : "\u26a0 " + warns + (warns == 1 ? " warning" : " warnings"))
                .append("</p><p class=\"why\">")
                .append(r.grades().isEmpty() ? "No production-readiness rules were graded in this run."
                        : (r.grades().size() - warns) + " of " + r.grades().size()
                        + " best-practice rules hold. Warnings never make a target non-conformant.")
                .append("</p>");
        if (warns > 0) {
            out.append("<ul class=\"warned\">");
            r.grades().stream().filter(g -> g.level() == Grade.Level.WARN)
                    .forEach(g -> out.append("<li>").append(esc(g.rule())).append("</li>"));
            out.append("</ul>");
        }
        out.append("</div></section>\n");

        out.append("<section class=\"counts\" aria-label=\"Check counts\"><ul>");
        for (Map.Entry<Status, Integer> e : counts.asMap().entrySet()) {
            out.append("<li class=\"count ").append(StatusBadge.cssClass(e.getKey()))
                    .append(e.getValue() == 0 ? " zero" : "").append("\"><span class=\"n\">").append(e.getValue())
                    .append("</span><span class=\"w\"><span aria-hidden=\"true\">").append(StatusBadge.symbol(e.getKey()))
                    .append("</span> ").append(esc(e.getKey().label())).append("</span></li>");
        }
        out.append("<li class=\"count total\"><span class=\"n\">").append(counts.total())
                .append("</span><span class=\"w\">Checks in total</span></li></ul></section>\n");
    }

    private static String symbol(Verdict v) {
        return switch (v) {
            case CONFORMANT -> "\u2713";
            case NOT_CONFORMANT -> "\u2717";
            case INCONCLUSIVE -> "?";
        };
    }

    private static String explain(Verdict v, StatusCounts c) {
        int ran = c.total() - c.get(Status.NOT_APPLICABLE) - c.get(Status.SKIPPED);
        String caveat = Headline.caveats(c).stream().map(x -> " " + x).collect(java.util.stream.Collectors.joining());
        return switch (v) {
            case CONFORMANT -> "All " + ran + " checks that could run on this target passed." + caveat;
            case NOT_CONFORMANT -> c.get(Status.FAILED) + " of " + ran + " checks failed"
                    + (c.get(Status.BROKEN) > 0 ? ", " + c.get(Status.BROKEN) + " broken" : "") + "." + caveat;
            case INCONCLUSIVE -> c.total() == 0 ? "No check ran."
                    : c.get(Status.BROKEN) + " broken and " + c.get(Status.SKIPPED)
                    + " skipped: the run could not decide, so it proves nothing either way.";
        };
    }
}
