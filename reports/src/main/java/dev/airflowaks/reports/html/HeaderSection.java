package dev.airflowaks.reports.html;

import static dev.airflowaks.reports.html.Html.esc;

import dev.airflowaks.reports.model.RunReport;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** The page title: what was checked, against which target, when. */
final class HeaderSection implements Section {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    @Override
    public void appendTo(StringBuilder out, RunReport r) {
        out.append("<header class=\"top\"><div class=\"wrap\">")
                .append("<p class=\"eyebrow\">airflow-aks conformance report</p>")
                .append("<h1>Apache Airflow on AKS \u2014 does the target match the guide?</h1>")
                .append("<p class=\"meta\">Target <strong>").append(esc(r.target())).append("</strong>")
                .append(profile(r))
                .append(" \u00b7 run <code>").append(esc(r.runId())).append("</code>")
                .append(" \u00b7 ").append(esc(WHEN.format(r.startedAt())))
                .append(" \u00b7 took ").append(esc(Html.duration(r.duration()))).append("</p>")
                .append("</div></header>\n");
    }

    /** A run on a profile other than the guide's says so next to the target: its passes mean something else. */
    static String profile(RunReport r) {
        String profile = r.environment().other() == null ? null : r.environment().other().get("profile");
        return profile == null || profile.isBlank() || "guide".equals(profile) ? ""
                : " (profile <strong>" + esc(profile) + "</strong>)";
    }
}
