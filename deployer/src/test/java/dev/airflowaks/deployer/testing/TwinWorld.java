package dev.airflowaks.deployer.testing;

import dev.airflowaks.deployer.DeployClients;
import dev.airflowaks.deployer.DeployOptions;
import dev.airflowaks.deployer.azure.AzureClients;
import dev.airflowaks.deployer.azure.SdkAzureGateway;
import dev.airflowaks.deployer.config.ConfigResolver;
import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.helm.HelmJavaReleases;
import dev.airflowaks.deployer.steps.Budgets;
import dev.airflowaks.fixtures.charts.TestCharts;
import dev.airflowaks.fixtures.twin.EmbeddedTwin;
import dev.airflowaks.fixtures.twin.TwinOptions;
import dev.airflowaks.fixtures.twin.azure.AzureTwin;
import dev.airflowaks.fixtures.twin.kube.server.RequestStats;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded twin as the deployer's tests use it: {@link EmbeddedTwin} started simulated (Kubernetes API server,
 * simulated cluster, Azure twin), the test charts, and a configuration built from the twin's env file plus the
 * kubeconfig, exactly what {@code set -a; . E} gives the CLI.
 */
public final class TwinWorld implements AutoCloseable {

    public final EmbeddedTwin twin;
    public final AzureTwin azure;
    public final KubernetesClient client;
    public final Path work;
    public final Map<String, String> env;

    public TwinWorld(Path work) {
        this(work, List.of());
    }

    /** @param publicImages images the twin's kubelet pulls besides its defaults (the local profile's) */
    public TwinWorld(Path work, List<String> publicImages) {
        this(work, publicImages, dev.airflowaks.targets.faults.FaultSet.none());
    }

    /** @param faults the human mistakes (or races) the twin simulates */
    public TwinWorld(Path work, List<String> publicImages, dev.airflowaks.targets.faults.FaultSet faults) {
        this.work = work;
        this.twin = EmbeddedTwin.start(TwinOptions.defaults().simulated(true).publicImages(publicImages).faults(faults)
                .kubeconfig(work.resolve("kubeconfig")).envFile(work.resolve("twin.env")));
        this.azure = twin.azure().orElseThrow();
        this.client = twin.newClient();
        Path charts = TestCharts.extract(work.resolve("charts"));
        Map<String, String> e = new HashMap<>(EnvFiles.read(work.resolve("twin.env")));
        e.put("KUBECONFIG", twin.kubeconfig().toString());
        e.put("AIRFLOW_AKS_ESO_CHART", TestCharts.eso(charts).toString());
        e.put("AIRFLOW_AKS_AIRFLOW_CHART", TestCharts.airflow(charts).toString());
        this.env = Map.copyOf(e);
    }

    public DeployConfig config() {
        return new ConfigResolver(env).resolve(Optional.empty(), Map.of());
    }

    /** The twin's configuration with some variables replaced (another chart, another version, ...). */
    public DeployConfig config(Map<String, String> overrides) {
        Map<String, String> e = new HashMap<>(env);
        e.putAll(overrides);
        return new ConfigResolver(e).resolve(Optional.empty(), Map.of());
    }

    /** The production clients (as {@code DeployClients.connect} builds them), sharing the test's fabric8 client. */
    public DeployClients clients(DeployConfig config) {
        return new DeployClients(client, new HelmJavaReleases(config.kubeconfig(), work.resolve("helm")),
                new SdkAzureGateway(new AzureClients(config)));
    }

    public DeployOptions options() {
        return DeployOptions.defaults(work.resolve("helm")).withBudgets(new Budgets(Duration.ofSeconds(60),
                Duration.ofMinutes(2), Duration.ofMinutes(1)));
    }

    public RequestStats stats() {
        return twin.kubeApi().stats();
    }

    /**
     * Waits for a 2 s window in which the simulated cluster's own controllers (pod status, ESO) write nothing, then
     * leaves the write counter at zero, so a test can count only what the deployer writes afterwards.
     */
    public void awaitQuietCluster() {
        org.awaitility.Awaitility.await("a 2 s window without writes from the simulated cluster")
                .atMost(java.time.Duration.ofSeconds(60)).pollInterval(java.time.Duration.ofSeconds(2))
                .until(() -> {
                    long w = stats().writes();
                    stats().reset();
                    return w == 0;
                });
    }

    @Override
    public void close() {
        client.close();
        twin.close();
    }
}
