package dev.airflowaks.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.helm.ReleaseState;
import dev.airflowaks.deployer.progress.PrintingProgress;
import dev.airflowaks.deployer.progress.ProgressListener;
import dev.airflowaks.deployer.testing.LocalChartRepository;
import dev.airflowaks.deployer.testing.TwinWorld;
import dev.airflowaks.fixtures.charts.TestCharts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The default chart location is a repository URL. Offline, the test charts are served as a Helm repository from
 * 127.0.0.1 ({@code index.yaml} + packaged {@code .tgz}); apply must fetch each chart by its pinned version from
 * there, and a version the repository does not have must fail with a message naming the URL and the version.
 * Neither the user's Helm configuration nor the user's Helm cache may be used.
 */
class RepositoryChartTwinTest {

    @TempDir
    Path work;

    @Test
    void chartsArePulledByVersionFromTheRepository() {
        Path home = Path.of(System.getProperty("user.home"));
        boolean userHelmConfig = Files.exists(home.resolve(".config/helm"));
        boolean userHelmCache = Files.exists(home.resolve(".cache/helm"));
        try (TwinWorld world = new TwinWorld(work);
             LocalChartRepository repo = new LocalChartRepository(work.resolve("repo"),
                     List.of(TestCharts.airflow(work.resolve("charts")), TestCharts.eso(work.resolve("charts"))))) {
            DeployConfig config = world.config(Map.of("AIRFLOW_AKS_AIRFLOW_CHART", repo.url(),
                    "AIRFLOW_AKS_ESO_CHART", repo.url()));
            assertFalse(config.airflowChart().isLocal());

            ApplyResult r = new Deployer(config, world.clients(config), world.options(),
                    new PrintingProgress(System.out, 11)).apply();
            assertTrue(r.succeeded(), r.steps().toString());
            assertTrue(repo.requests.contains("GET /airflow-1.15.0.tgz"), repo.requests.toString());
            assertTrue(repo.requests.contains("GET /external-secrets-0.10.5.tgz"), repo.requests.toString());
            assertTrue(repo.requests.contains("GET /index.yaml"), repo.requests.toString());
            ReleaseState airflow = world.clients(config).helm().status("airflow", "airflow").orElseThrow();
            assertTrue(airflow.deployed());
            assertEquals("airflow-1.15.0", airflow.chart());
            assertFalse(new Deployer(config, world.clients(config), world.options(), ProgressListener.silent())
                    .plan().hasChanges());
            assertEquals(userHelmConfig, Files.exists(home.resolve(".config/helm")), "~/.config/helm untouched");
            assertEquals(userHelmCache, Files.exists(home.resolve(".cache/helm")), "~/.cache/helm untouched");

            // A version the repository does not have: the images step's preflight renders the chart before any
            // change, so the failure names the URL and the version and nothing is written.
            DeployConfig missing = world.config(Map.of("AIRFLOW_AKS_AIRFLOW_CHART", repo.url(),
                    "AIRFLOW_AKS_ESO_CHART", repo.url(), "AIRFLOW_AKS_AIRFLOW_CHART_VERSION", "1.99.0"));
            IllegalStateException failed = assertThrows(IllegalStateException.class, () -> new Deployer(missing,
                    world.clients(missing), world.options(), new PrintingProgress(System.out, 11)).apply());
            assertTrue(failed.getMessage().contains(repo.url()) && failed.getMessage().contains("1.99.0")
                    && failed.getMessage().contains("airflow"), failed.getMessage());
            ReleaseState kept = world.clients(config).helm().status("airflow", "airflow").orElseThrow();
            assertTrue(kept.deployed() && kept.chart().equals("airflow-1.15.0"), kept.toString());
        }
    }
}
