package dev.airflowaks.deployer.infra;

import dev.airflowaks.deployer.values.AirflowValues;
import java.util.List;

/**
 * The infrastructure article's {@code az acr import} commands: the Airflow image and its pgbouncer images from
 * {@code docker.io/apache/airflow}, the statsd exporter from quay.io and git-sync from registry.k8s.io, with the
 * tags the deploy article's values name ({@code ImageSet.acr}).
 */
public final class ArticleImages implements ImageImports {

    @Override
    public List<ImageImport> imports() {
        String airflow = AirflowValues.AIRFLOW_TAG;
        return List.of(
                new ImageImport("docker.io", "apache/airflow:" + airflow, "airflow:" + airflow),
                new ImageImport("docker.io", "apache/airflow:airflow-pgbouncer-2024.01.19-1.21.0",
                        "airflow:airflow-pgbouncer-2024.01.19-1.21.0"),
                new ImageImport("docker.io", "apache/airflow:airflow-pgbouncer-exporter-2024.06.18-0.17.0",
                        "airflow:airflow-pgbouncer-exporter-2024.06.18-0.17.0"),
                new ImageImport("quay.io", "prometheus/statsd-exporter:v0.26.1", "statsd-exporter:v0.26.1"),
                new ImageImport("registry.k8s.io", "git-sync/git-sync:v4.1.0", "git-sync:v4.1.0"));
    }
}
