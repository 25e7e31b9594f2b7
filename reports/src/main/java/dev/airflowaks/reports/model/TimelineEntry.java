package dev.airflowaks.reports.model;

import java.time.Duration;
import java.util.Objects;

/**
 * How long one component took to become Ready, measured by the suite's readiness gates. The report draws these as a
 * timeline so a slow or stuck component stands out.
 *
 * @param component   for example {@code airflow-scheduler} or {@code external-secrets-webhook}
 * @param timeToReady from the start of the readiness gates to Ready, or to the timeout when {@code ready} is false
 * @param ready       false when the budget ran out first
 */
public record TimelineEntry(String component, Duration timeToReady, boolean ready) {

    public TimelineEntry {
        Objects.requireNonNull(component, "component");
        Objects.requireNonNull(timeToReady, "timeToReady");
        if (timeToReady.isNegative()) {
            throw new IllegalArgumentException("timeToReady of " + component + " is negative: " + timeToReady);
        }
    }
}
