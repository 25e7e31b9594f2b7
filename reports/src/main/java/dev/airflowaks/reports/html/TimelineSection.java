package dev.airflowaks.reports.html;

import static dev.airflowaks.reports.html.Html.esc;

import dev.airflowaks.reports.model.RunReport;
import dev.airflowaks.reports.model.TimelineEntry;
import java.time.Duration;
import java.util.Locale;

/**
 * Time to Ready per component as horizontal CSS bars on one scale, so the slowest component, and one that never
 * became Ready, is visible at a glance without a chart library.
 */
final class TimelineSection implements Section {

    @Override
    public void appendTo(StringBuilder out, RunReport r) {
        if (r.timeline().isEmpty()) {
            return;
        }
        long maxMs = Math.max(1, r.timeline().stream().map(TimelineEntry::timeToReady)
                .mapToLong(Duration::toMillis).max().orElse(1));
        out.append("<section class=\"timeline\"><h2>Readiness timeline</h2>")
                .append("<p class=\"lead\">Time from the start of the readiness gates until each component was Ready.</p>")
                .append("<ol class=\"bars\">");
        for (TimelineEntry e : r.timeline()) {
            double pct = Math.max(0.5, 100.0 * e.timeToReady().toMillis() / maxMs);
            out.append("<li class=\"").append(e.ready() ? "ok" : "late").append("\"><span class=\"comp\">")
                    .append(esc(e.component())).append("</span><span class=\"track\"><span class=\"bar\" style=\"width:")
                    .append(String.format(Locale.ROOT, "%.1f", pct)).append("%\"></span></span><span class=\"t\">")
                    .append(esc(Html.duration(e.timeToReady())))
                    .append(e.ready() ? "" : " \u2014 not Ready (budget ran out)").append("</span></li>");
        }
        out.append("<li class=\"axis\" aria-hidden=\"true\"><span></span><span class=\"scale\"><span>0</span><span>")
                .append(esc(Html.duration(Duration.ofMillis(maxMs / 2)))).append("</span><span>")
                .append(esc(Html.duration(Duration.ofMillis(maxMs)))).append("</span></span><span></span></li>")
                .append("</ol></section>\n");
    }
}
