package dev.airflowaks.reports.html;

import static dev.airflowaks.reports.html.Html.esc;

import dev.airflowaks.reports.model.EnvironmentFacts;
import dev.airflowaks.reports.model.RunReport;
import java.util.Map;

/** Which cluster and versions the verdict is about, so a report found weeks later still says what it proves. */
final class EnvironmentSection implements Section {

    @Override
    public void appendTo(StringBuilder out, RunReport r) {
        EnvironmentFacts env = r.environment();
        out.append("<section class=\"env\"><h2>Environment</h2><dl>");
        item(out, "Target", r.target());
        item(out, "Kubernetes", env.kubernetesVersion());
        for (Map.Entry<String, String> chart : env.chartVersions().entrySet()) {
            item(out, "Chart " + chart.getKey(), chart.getValue());
        }
        item(out, "ESO API version", env.esoApiVersion());
        item(out, "Run id", r.runId());
        item(out, "Started", HeaderSection.WHEN.format(r.startedAt()));
        item(out, "Finished", HeaderSection.WHEN.format(r.finishedAt()));
        item(out, "Duration", Html.duration(r.duration()));
        env.other().forEach((k, v) -> item(out, k, v));
        out.append("</dl></section>\n");
    }

    private static void item(StringBuilder out, String key, String value) {
        out.append("<div><dt>").append(esc(key)).append("</dt><dd>")
                .append(value == null || value.isBlank() ? "<span class=\"unknown\">unknown</span>" : esc(value))
                .append("</dd></div>");
    }
}
