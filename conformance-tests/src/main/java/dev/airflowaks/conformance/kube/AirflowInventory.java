package dev.airflowaks.conformance.kube;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The (kind, name) set the Airflow chart 1.15.0 renders with the guide's values for release {@code airflow}: 31
 * non-hook objects, plus the hook objects Helm creates and (for the Jobs) deletes. Measured with the Helm CLI; see
 * the project's chart notes.
 */
public final class AirflowInventory {

    /** {@code Kind/name}, in Helm's install order. */
    public static final List<String> NON_HOOK = List.of(
            "ServiceAccount/airflow-create-user-job", "ServiceAccount/airflow-migrate-database-job",
            "ServiceAccount/airflow-pgbouncer", "ServiceAccount/airflow-scheduler", "ServiceAccount/airflow-statsd",
            "ServiceAccount/airflow-triggerer", "ServiceAccount/airflow-webserver", "ServiceAccount/airflow-worker",
            "Secret/airflow-postgresql", "Secret/airflow-metadata", "Secret/airflow-pgbouncer-config",
            "Secret/airflow-pgbouncer-stats", "Secret/airflow-webserver-secret-key",
            "ConfigMap/airflow-config", "ConfigMap/airflow-statsd",
            "Role/airflow-pod-launcher-role", "Role/airflow-pod-log-reader-role",
            "RoleBinding/airflow-pod-launcher-rolebinding", "RoleBinding/airflow-pod-log-reader-rolebinding",
            "Service/airflow-postgresql-hl", "Service/airflow-postgresql", "Service/airflow-pgbouncer",
            "Service/airflow-statsd", "Service/airflow-triggerer", "Service/airflow-webserver",
            "Deployment/airflow-pgbouncer", "Deployment/airflow-scheduler", "Deployment/airflow-statsd",
            "Deployment/airflow-webserver", "StatefulSet/airflow-postgresql", "StatefulSet/airflow-triggerer");

    /** Hook objects: the Secrets stay, the Jobs are deleted on success. */
    public static final List<String> HOOKS = List.of("Secret/airflow-fernet-key", "Secret/airflow-redis-password",
            "Secret/airflow-broker-url", "Job/airflow-create-user", "Job/airflow-run-airflow-migrations");

    /** The two hook Jobs whose success check 9 requires. */
    public static final List<String> REQUIRED_HOOK_JOBS = List.of("airflow-run-airflow-migrations",
            "airflow-create-user");

    private AirflowInventory() {
    }

    public static Set<String> kinds() {
        return NON_HOOK.stream().map(s -> s.substring(0, s.indexOf('/'))).collect(Collectors.toSet());
    }
}
