package dev.airflowaks.conformance.wait;

import java.time.Duration;
import java.util.Locale;

/**
 * Named, per-kind wait budgets. Each can be overridden with {@code -Dconformance.budget.<id>=PT30S} (ISO-8601) so a
 * fast twin run and a slow AKS run use the same code. Budgets are short on purpose: a stuck pod is detected as stuck
 * (and explained) long before its budget runs out.
 */
public enum WaitBudget {
    /** An Airflow component's pods reach Ready (image pulls, migrations wait-init, probes). */
    AIRFLOW_POD_READY(Duration.ofMinutes(5)),
    /** The External Secrets controller's pods reach Ready. */
    ESO_POD_READY(Duration.ofMinutes(3)),
    /** Opening the port-forward and answering one HTTP request. */
    UI_REQUEST(Duration.ofSeconds(10));

    private final Duration defaultBudget;

    WaitBudget(Duration defaultBudget) {
        this.defaultBudget = defaultBudget;
    }

    public Duration defaultBudget() {
        return defaultBudget;
    }

    /** {@code airflow-pod-ready}: the suffix of the override property. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String property() {
        return "conformance.budget." + id();
    }
}
