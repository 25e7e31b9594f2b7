package dev.airflowaks.deployer.helm;

import dev.airflowaks.deployer.config.ChartSource;
import java.time.Duration;
import java.util.Map;

/**
 * What a release should be: chart, version, values, and whether to wait for readiness.
 *
 * @param values the values the deployer supplies (Helm's "user-supplied values")
 */
public record ReleaseSpec(String release, String namespace, ChartSource chart, Map<String, Object> values,
                          boolean waitReady, Duration timeout) {

    /** The chart string Helm reports for this spec, {@code <name>-<version>}. */
    public String chartLabel() {
        return chart.chart() + "-" + chart.version().replaceFirst("^v", "");
    }
}
