package dev.airflowaks.guide.images;

import java.util.List;

/**
 * The infrastructure article's {@code az acr import} commands (step "import images"): the Airflow image and its
 * pgbouncer images from {@code docker.io/apache/airflow}, the statsd exporter from quay.io and git-sync from
 * registry.k8s.io, with the tags the deploy article's {@code airflow_values.yaml} pulls from the ACR. One list in the
 * module every side reads: the deployer imports it, the twin seeds its registry with it, and the conformance suite
 * judges a registry against it, so none of them judges against its own copy.
 */
public final class AcrImports {

    /** The Airflow image tag the guide imports and its values name (chart 1.15.0, app 2.9.3). */
    public static final String AIRFLOW_TAG = "2.9.3";

    /** In the article's order. */
    public static final List<ImageImport> GUIDE = List.of(
            new ImageImport("docker.io", "apache/airflow:" + AIRFLOW_TAG, "airflow:" + AIRFLOW_TAG),
            new ImageImport("docker.io", "apache/airflow:airflow-pgbouncer-2024.01.19-1.21.0",
                    "airflow:airflow-pgbouncer-2024.01.19-1.21.0"),
            new ImageImport("docker.io", "apache/airflow:airflow-pgbouncer-exporter-2024.06.18-0.17.0",
                    "airflow:airflow-pgbouncer-exporter-2024.06.18-0.17.0"),
            new ImageImport("quay.io", "prometheus/statsd-exporter:v0.26.1", "statsd-exporter:v0.26.1"),
            new ImageImport("registry.k8s.io", "git-sync/git-sync:v4.1.0", "git-sync:v4.1.0"));

    private AcrImports() {
    }
}
