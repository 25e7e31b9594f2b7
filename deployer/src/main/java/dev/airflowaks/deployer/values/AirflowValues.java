package dev.airflowaks.deployer.values;

import dev.airflowaks.guide.images.AcrImports;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The guide's {@code airflow_values.yaml} as a typed model: images from the user's ACR, KubernetesExecutor,
 * {@code ENVIRONMENT=dev}, the America/New_York timezone, postgresql and pgbouncer on, git-sync of the guide's DAG
 * repository, logs on the existing blob claim and no log groomers. {@link #guide} builds exactly the guide's file;
 * {@link #toMap()} is what Helm receives (before the user's overrides are merged).
 */
public record AirflowValues(
        ImageRef airflow,
        ImageRef podTemplate,
        ImageRef flower,
        ImageRef statsd,
        ImageRef pgbouncer,
        ImageRef pgbouncerExporter,
        ImageRef gitSyncImage,
        boolean useDefaultImageForMigration,
        int migrationsWaitTimeout,
        String executor,
        List<EnvVar> env,
        List<EnvVar> extraEnv,
        boolean postgresqlEnabled,
        boolean pgbouncerEnabled,
        GitSync gitSync,
        LogsPersistence logs,
        boolean triggererLogGroomer,
        boolean schedulerLogGroomer,
        boolean workersLogGroomer) {

    /** Airflow image tag of chart 1.15.0 (app 2.9.3). */
    public static final String AIRFLOW_TAG = AcrImports.AIRFLOW_TAG;
    /** The PVC the guide creates and the chart mounts at /opt/airflow/logs. */
    public static final String LOGS_CLAIM = "pvc-airflow-logs";
    /** The AKS built-in blobfuse class the guide's PV and PVC use. */
    public static final String STORAGE_CLASS = "azureblob-fuse-premium";
    /** The guide's DAG repository. */
    public static final String DAGS_REPO = "https://github.com/donhighmsft/airflowexamples.git";

    public AirflowValues {
        env = List.copyOf(env);
        extraEnv = List.copyOf(extraEnv);
    }

    /** The guide's values for the images in {@code <acrLoginServer>} (e.g. {@code myacr.azurecr.io}). */
    public static AirflowValues guide(String acrLoginServer) {
        return of(ImageSet.acr(acrLoginServer), STORAGE_CLASS);
    }

    /**
     * The guide's values with other images and another logs storage class: what a profile changes (the local
     * profile: public images, {@code local-path}); everything else stays the guide's.
     */
    public static AirflowValues of(ImageSet images, String logsStorageClass) {
        return new AirflowValues(
                images.airflow(),
                images.podTemplate(),
                images.flower(),
                images.statsd(),
                images.pgbouncer(),
                images.pgbouncerExporter(),
                images.gitSync(),
                false,
                60,
                "KubernetesExecutor",
                List.of(new EnvVar("ENVIRONMENT", "dev")),
                List.of(new EnvVar("AIRFLOW__CORE__DEFAULT_TIMEZONE", "America/New_York")),
                true,
                true,
                new GitSync(true, DAGS_REPO, "main", "HEAD", 1, 0, "dags"),
                new LogsPersistence(true, LOGS_CLAIM, logsStorageClass),
                false,
                false,
                false);
    }

    /** The values map in the guide's layout. */
    public Map<String, Object> toMap() {
        Map<String, Object> images = new LinkedHashMap<>();
        Map<String, Object> airflowImage = airflow.toMap();
        airflowImage.put("digest", null);
        images.put("airflow", reorder(airflowImage, "repository", "tag", "digest", "pullPolicy"));
        images.put("useDefaultImageForMigration", useDefaultImageForMigration);
        images.put("migrationsWaitTimeout", migrationsWaitTimeout);
        images.put("pod_template", podTemplate.toMap());
        images.put("flower", flower.toMap());
        images.put("statsd", statsd.toMap());
        images.put("pgbouncer", pgbouncer.toMap());
        images.put("pgbouncerExporter", pgbouncerExporter.toMap());
        images.put("gitSync", gitSyncImage.toMap());

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("images", images);
        m.put("executor", executor);
        m.put("env", env.stream().map(e -> Map.<String, Object>of("name", e.name(), "value", e.value()))
                .map(LinkedHashMap::new).map(x -> reorder(x, "name", "value")).toList());
        m.put("extraEnv", extraEnvBlock());
        m.put("postgresql", Map.of("enabled", postgresqlEnabled));
        m.put("pgbouncer", Map.of("enabled", pgbouncerEnabled));
        m.put("dags", Map.of("gitSync", gitSync.toMap()));
        m.put("logs", Map.of("persistence", logs.toMap()));
        m.put("triggerer", groomer(triggererLogGroomer));
        m.put("scheduler", groomer(schedulerLogGroomer));
        m.put("workers", groomer(workersLogGroomer));
        return m;
    }

    /** {@code extraEnv} is a templated string in the chart, as in the guide. */
    String extraEnvBlock() {
        return extraEnv.stream().map(e -> "- name: " + e.name() + "\n  value: '" + e.value() + "'\n")
                .collect(Collectors.joining());
    }

    private static Map<String, Object> groomer(boolean enabled) {
        return Map.of("logGroomerSidecar", Map.of("enabled", enabled));
    }

    private static Map<String, Object> reorder(Map<String, Object> in, String... keys) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String k : keys) {
            out.put(k, in.get(k));
        }
        return out;
    }
}
