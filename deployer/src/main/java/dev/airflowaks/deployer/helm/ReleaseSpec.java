package dev.airflowaks.deployer.helm;

import dev.airflowaks.deployer.config.ChartSource;
import java.time.Duration;
import java.util.Map;

/**
 * What a release should be: chart, version, values, and whether to wait for readiness.
 *
 * @param values    the values the deployer supplies (Helm's "user-supplied values")
 * @param waitReady after Helm returns, the deployer waits until the release's Deployments and StatefulSets are
 *                  Ready (its own cancellable watch, not Helm's {@code --wait}, which no interrupt could stop)
 * @param timeout   Helm's {@code --timeout}: how long Helm waits for each hook of the chart
 */
public record ReleaseSpec(String release, String namespace, ChartSource chart, Map<String, Object> values,
                          boolean waitReady, Duration timeout) {

    /** The chart string Helm reports for this spec, {@code <name>-<version>}. */
    public String chartLabel() {
        return chart.chart() + "-" + chart.version().replaceFirst("^v", "");
    }
}
