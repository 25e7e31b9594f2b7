package dev.airflowaks.deployer.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalImagesTest {

    private final Map<String, String> values = LocalImages.helmValues();

    @Test
    void everyImageComesFromAPublicRegistryWithTheGuidesTag() {
        values.forEach((k, v) -> assertFalse(v.contains("azurecr.io"), k + " must not point at an ACR"));
        assertEquals("docker.io/apache/airflow", values.get("images.airflow.repository"));
        assertEquals("2.9.3", values.get("images.airflow.tag"));
        assertEquals("quay.io/prometheus/statsd-exporter", values.get("images.statsd.repository"));
        assertEquals("registry.k8s.io/git-sync/git-sync", values.get("images.gitSync.repository"));
        assertEquals("airflow-pgbouncer-2024.01.19-1.21.0", values.get("images.pgbouncer.tag"));
        assertEquals("bitnamilegacy/postgresql", values.get("postgresql.image.repository"));
    }

    @Test
    void everyRepositoryHasATag() {
        values.keySet().stream().filter(k -> k.endsWith(".repository")).forEach(k ->
                assertTrue(values.containsKey(k.replace(".repository", ".tag")), k + " has a pinned tag"));
    }

    @Test
    void allListsEveryImageOnceAsTheChartRendersIt() {
        assertEquals(List.of(
                "docker.io/apache/airflow:2.9.3",
                "quay.io/prometheus/statsd-exporter:v0.26.1",
                "docker.io/apache/airflow:airflow-pgbouncer-2024.01.19-1.21.0",
                "docker.io/apache/airflow:airflow-pgbouncer-exporter-2024.06.18-0.17.0",
                "registry.k8s.io/git-sync/git-sync:v4.1.0",
                "docker.io/bitnamilegacy/postgresql:16.1.0-debian-11-r15"), LocalImages.all());
    }
}
