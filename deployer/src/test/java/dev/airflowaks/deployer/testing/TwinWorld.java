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
import dev.airflowaks.fixtures.twin.azure.AzureTwinOptions;
import dev.airflowaks.fixtures.twin.faults.FaultSet;
import dev.airflowaks.fixtures.twin.kube.api.ApiException;
import dev.airflowaks.fixtures.twin.kube.proto.ProtobufBodyDecoder;
import dev.airflowaks.fixtures.twin.kube.proto.ProtobufDecodingException;
import dev.airflowaks.fixtures.twin.kube.server.KubeApiExtension;
import dev.airflowaks.fixtures.twin.kube.server.RequestStats;
import dev.airflowaks.fixtures.twin.sim.SimOptions;
import dev.airflowaks.fixtures.twin.sim.SimulatedCluster;
import dev.airflowaks.fixtures.twin.sim.eso.EsoAzureEndpoints;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The embedded twin as the deployer's tests use it: Azure twin, Kubernetes API server (with the Azure twin's token
 * issuer, so workload identity federates) and the simulated cluster (kubelet, controllers, ESO), plus the test
 * charts and a configuration built from the twin's env file, exactly as {@code set -a; . E} would give the CLI.
 */
public final class TwinWorld implements AutoCloseable {

    public final AzureTwin azure;
    public final EmbeddedTwin twin;
    public final KubernetesClient client;
    public final SimulatedCluster cluster;
    public final Path work;
    public final Map<String, String> env;

    public TwinWorld(Path work) {
        this.work = work;
        this.azure = AzureTwin.start(AzureTwinOptions.defaults());
        EmbeddedTwin t = null;
        KubernetesClient c = null;
        try {
            t = EmbeddedTwin.start(TwinOptions.defaults().tokenIssuer(azure.tokenIssuer()).extension(protobuf()));
            c = t.newClient();
            SimOptions sim = SimOptions.builder().esoEndpoints(EsoAzureEndpoints.twin(
                    URI.create(azure.authorityHost()), URI.create(azure.keyVaultEndpoint()),
                    azure.clientSslContext())).build();
            this.cluster = SimulatedCluster.start(c, sim, azure.azureView(), FaultSet.none());
        } catch (RuntimeException e) {
            if (c != null) {
                c.close();
            }
            if (t != null) {
                t.close();
            }
            azure.close();
            throw e;
        }
        this.twin = t;
        this.client = c;
        Path charts = TestCharts.extract(work.resolve("charts"));
        Map<String, String> e = new HashMap<>(EnvFiles.read(azure.writeEnvFile(work.resolve("twin.env"))));
        e.put("KUBECONFIG", twin.kubeconfig().toString());
        e.put("AIRFLOW_AKS_ESO_CHART", TestCharts.eso(charts).toString());
        e.put("AIRFLOW_AKS_AIRFLOW_CHART", TestCharts.airflow(charts).toString());
        this.env = Map.copyOf(e);
    }

    /**
     * Helm (client-go) sends protobuf bodies for built-in types. Until the protocol module registers its decoder
     * through ServiceLoader, the test wires the same decoder explicitly.
     */
    private static KubeApiExtension protobuf() {
        ProtobufBodyDecoder decoder = new ProtobufBodyDecoder();
        return b -> b.bodyDecoder(ProtobufBodyDecoder.CONTENT_TYPE, (body, ctx) -> {
            try {
                return decoder.decode(body);
            } catch (ProtobufDecodingException e) {
                throw new ApiException(415, "UnsupportedMediaType", e.getMessage(), null);
            }
        });
    }

    public DeployConfig config() {
        return new ConfigResolver(env).resolve(Optional.empty(), Map.of());
    }

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

    @Override
    public void close() {
        cluster.close();
        client.close();
        twin.close();
        azure.close();
    }
}
