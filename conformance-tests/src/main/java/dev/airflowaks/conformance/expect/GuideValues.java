package dev.airflowaks.conformance.expect;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The guide's {@code airflow_values.yaml} settings that check 8 compares against the release's stored values, as
 * dotted paths. Kept as data so a run configured differently (the deployer's values) can replace it.
 */
public final class GuideValues {

    private GuideValues() {
    }

    public static Map<String, Object> expected() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("executor", "KubernetesExecutor");
        m.put("dags.gitSync.enabled", true);
        m.put("dags.gitSync.repo", "https://github.com/donhighmsft/airflowexamples.git");
        m.put("dags.gitSync.branch", "main");
        m.put("dags.gitSync.rev", "HEAD");
        m.put("dags.gitSync.depth", 1);
        m.put("dags.gitSync.maxFailures", 0);
        m.put("dags.gitSync.subPath", "dags");
        m.put("logs.persistence.enabled", true);
        m.put("logs.persistence.existingClaim", "pvc-airflow-logs");
        m.put("postgresql.enabled", true);
        m.put("pgbouncer.enabled", true);
        return m;
    }

    /** {@code ENVIRONMENT=dev} from {@code env}. */
    public static final String ENV_NAME = "ENVIRONMENT";
    public static final String ENV_VALUE = "dev";
    /** The timezone set through {@code extraEnv}. */
    public static final String TIMEZONE_VAR = "AIRFLOW__CORE__DEFAULT_TIMEZONE";
    public static final String TIMEZONE = "America/New_York";
}
