package dev.airflowaks.conformance.kube;

import java.util.Map;

/**
 * The long-running components the Airflow chart renders with the guide's values, with the container count each pod
 * must show ready (scheduler 2/2 with git-sync, pgbouncer 2/2 with its exporter, ...). The workload kind matters
 * for waits and evidence; the labels are the chart's own selectors.
 */
public enum AirflowComponent {
    SCHEDULER("scheduler", "Deployment", "airflow-scheduler", 2, true),
    TRIGGERER("triggerer", "StatefulSet", "airflow-triggerer", 2, true),
    WEBSERVER("webserver", "Deployment", "airflow-webserver", 1, true),
    PGBOUNCER("pgbouncer", "Deployment", "airflow-pgbouncer", 2, false),
    STATSD("statsd", "Deployment", "airflow-statsd", 1, false),
    POSTGRESQL("postgresql", "StatefulSet", "airflow-postgresql", 1, false);

    private final String id;
    private final String workloadKind;
    private final String workloadName;
    private final int containers;
    private final boolean mountsLogs;

    AirflowComponent(String id, String workloadKind, String workloadName, int containers, boolean mountsLogs) {
        this.id = id;
        this.workloadKind = workloadKind;
        this.workloadName = workloadName;
        this.containers = containers;
        this.mountsLogs = mountsLogs;
    }

    public String id() {
        return id;
    }

    public String workloadKind() {
        return workloadKind;
    }

    public String workloadName() {
        return workloadName;
    }

    /** Containers that must be ready in each pod (init containers excluded). */
    public int containers() {
        return containers;
    }

    /** Whether the guide's logs claim {@code pvc-airflow-logs} is mounted at {@code /opt/airflow/logs}. */
    public boolean mountsLogs() {
        return mountsLogs;
    }

    /** The pod selector the chart uses for this component. */
    public Map<String, String> podLabels() {
        if (this == POSTGRESQL) {
            return Map.of("app.kubernetes.io/name", "postgresql", "app.kubernetes.io/instance", "airflow");
        }
        return Map.of("component", id, "release", "airflow");
    }
}
