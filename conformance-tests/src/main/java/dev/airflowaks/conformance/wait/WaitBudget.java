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
    AIRFLOW_POD_READY(Duration.ofMinutes(5), Duration.ofSeconds(60)),
    /** The External Secrets controller's pods reach Ready. */
    ESO_POD_READY(Duration.ofMinutes(3), Duration.ofSeconds(60)),
    /** Opening the port-forward and answering one HTTP request. */
    UI_REQUEST(Duration.ofSeconds(10), Duration.ofSeconds(10));

    private final Duration defaultBudget;
    private final Duration twinBudget;

    WaitBudget(Duration defaultBudget, Duration twinBudget) {
        this.defaultBudget = defaultBudget;
        this.twinBudget = twinBudget;
    }

    public Duration defaultBudget() {
        return defaultBudget;
    }

    /**
     * The default on the embedded twin, whose healthy guide is Ready within seconds: a pod that is not Ready within
     * this budget there is broken (a FailedMount, say), and waiting the real-cluster budget would only delay the
     * verdict.
     */
    public Duration twinBudget() {
        return twinBudget;
    }

    /** {@code airflow-pod-ready}: the suffix of the override property. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public String property() {
        return "conformance.budget." + id();
    }
}
