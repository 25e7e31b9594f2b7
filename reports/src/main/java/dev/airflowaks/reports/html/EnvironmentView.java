package dev.airflowaks.reports.html;

import dev.airflowaks.reports.model.EnvironmentFacts;
import dev.airflowaks.reports.model.RunReport;
import java.util.ArrayList;
import java.util.List;
import java.util.AbstractMap;
import java.util.Map;

/** Which cluster and versions the verdict is about (environment.jte), so a report found weeks later still says what it proves. */
final class EnvironmentView {

    private EnvironmentView() {
    }

    /** The facts as label/value rows, in reading order; a value may be blank (shown as "unknown"). */
    static List<Map.Entry<String, String>> rows(RunReport r) {
        EnvironmentFacts env = r.environment();
        List<Map.Entry<String, String>> rows = new ArrayList<>();
        rows.add(row("Target", r.target()));
        rows.add(row("Kubernetes", env.kubernetesVersion()));
        env.chartVersions().forEach((chart, version) -> rows.add(row("Chart " + chart, version)));
        rows.add(row("ESO API version", env.esoApiVersion()));
        rows.add(row("Run id", r.runId()));
        rows.add(row("Started", Html.when(r.startedAt())));
        rows.add(row("Finished", Html.when(r.finishedAt())));
        rows.add(row("Duration", Html.duration(r.duration())));
        env.other().forEach((k, v) -> rows.add(row(k, v)));
        return rows;
    }

    private static Map.Entry<String, String> row(String key, String value) {
        return new AbstractMap.SimpleImmutableEntry<>(key, value == null ? "" : value);
    }
}
