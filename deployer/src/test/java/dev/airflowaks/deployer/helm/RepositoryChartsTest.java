package dev.airflowaks.deployer.helm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.config.ChartSource;
import dev.airflowaks.deployer.testing.LocalChartRepository;
import dev.airflowaks.fixtures.charts.TestCharts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Fetching a pinned chart version from an HTTP Helm repository, and every way it can go wrong, named. */
class RepositoryChartsTest {

    @TempDir
    Path dir;
    LocalChartRepository repo;

    @BeforeEach
    void serve() {
        Path charts = TestCharts.extract(dir.resolve("charts"));
        repo = new LocalChartRepository(dir.resolve("repo"), List.of(TestCharts.eso(charts)));
    }

    @AfterEach
    void stop() {
        repo.close();
    }

    @Test
    void aRepositoryIndexLargerThanSnakeYamlsDefaultLimitIsRead() {
        StringBuilder yaml = new StringBuilder("apiVersion: v1\nentries:\n  big:\n");
        String description = "x".repeat(1000);
        for (int i = 0; yaml.length() < 4 * 1024 * 1024; i++) {
            yaml.append("  - version: 0.").append(i).append(".0\n    description: ").append(description)
                    .append("\n    urls: [big-0.").append(i).append(".0.tgz]\n");
        }
        java.util.Map<String, Object> index = RepositoryCharts.parseIndex(yaml.toString(),
                java.net.URI.create("http://127.0.0.1/index.yaml"));
        org.junit.jupiter.api.Assertions.assertTrue(((java.util.Map<?, ?>) index.get("entries")).containsKey("big"));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> RepositoryCharts.parseIndex(
                "just text", java.net.URI.create("http://127.0.0.1/index.yaml")));
    }

    @Test
    void thePinnedVersionIsDownloadedOnceIntoThePrivateDirectory() throws Exception {
        RepositoryCharts charts = new RepositoryCharts(dir.resolve("cache"));
        Path tgz = charts.fetch(new ChartSource(repo.url() + "/", "external-secrets", "v0.10.5"));
        assertEquals(dir.resolve("cache/external-secrets-0.10.5.tgz"), tgz);
        assertEquals(-1, Files.mismatch(tgz, repo.root().resolve("external-secrets-0.10.5.tgz")));
        charts.fetch(new ChartSource(repo.url(), "external-secrets", "0.10.5"));
        assertEquals(1, repo.requests.stream().filter(r -> r.endsWith(".tgz")).count(),
                "a cached package whose digest matches the index is not downloaded again: " + repo.requests);
    }

    @Test
    void aMissingVersionNamesTheRepositoryTheVersionAndWhatExists() {
        var e = assertThrows(IllegalStateException.class, () -> new RepositoryCharts(dir.resolve("cache"))
                .fetch(new ChartSource(repo.url(), "external-secrets", "0.17.0")));
        assertEquals("chart repository " + repo.url() + " has no external-secrets version 0.17.0; it has: 0.10.5. "
                + "Fix the pinned version (AIRFLOW_AKS_*_CHART_VERSION).", e.getMessage());
    }

    @Test
    void aMissingChartNamesTheRepository() {
        var e = assertThrows(IllegalStateException.class, () -> new RepositoryCharts(dir.resolve("cache"))
                .fetch(new ChartSource(repo.url(), "airflow", "1.15.0")));
        assertTrue(e.getMessage().startsWith("chart repository " + repo.url() + " has no chart 'airflow'"),
                e.getMessage());
    }

    @Test
    void notARepositoryNamesTheUrlAndStatus() {
        var e = assertThrows(IllegalStateException.class, () -> new RepositoryCharts(dir.resolve("cache"))
                .fetch(new ChartSource(repo.url() + "/nothing", "airflow", "1.15.0")));
        assertEquals("cannot fetch " + repo.url() + "/nothing/index.yaml for airflow 1.15.0: HTTP 404",
                e.getMessage());
    }

    @Test
    void aPackageThatDoesNotMatchTheIndexDigestIsRefused() throws Exception {
        Files.write(repo.root().resolve("external-secrets-0.10.5.tgz"), new byte[] {1, 2, 3});
        var e = assertThrows(IllegalStateException.class, () -> new RepositoryCharts(dir.resolve("cache"))
                .fetch(new ChartSource(repo.url(), "external-secrets", "0.10.5")));
        assertTrue(e.getMessage().contains("does not match the digest"), e.getMessage());
        assertTrue(Files.notExists(dir.resolve("cache/external-secrets-0.10.5.tgz")), "nothing was kept");
    }
}
