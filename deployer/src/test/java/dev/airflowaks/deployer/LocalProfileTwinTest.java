package dev.airflowaks.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.azure.NoAzureGateway;
import dev.airflowaks.deployer.config.ConfigResolver;
import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.config.Profile;
import dev.airflowaks.deployer.progress.PrintingProgress;
import dev.airflowaks.deployer.profile.LocalImages;
import dev.airflowaks.deployer.kube.GuideNames;
import dev.airflowaks.deployer.testing.TwinWorld;
import dev.airflowaks.targets.k3s.K3sEnvironment;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local profile on the embedded twin, through {@link DeployClients#connect} like the CLI: the environment a k3s
 * target implies ({@link K3sEnvironment}: no {@code AZURE_*}, profile local), the twin's kubelet allowing
 * {@link LocalImages#all()}, the offline test charts. Apply reaches Ready with the fake SecretStore and the hostPath
 * volume, the Azure twin receives no request, a second apply writes nothing, destroy keeps the PV.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LocalProfileTwinTest {

    @TempDir
    static Path work;
    static TwinWorld world;
    static DeployConfig config;
    static int azureRequestsAtStart;

    @BeforeAll
    static void start() {
        world = new TwinWorld(work, LocalImages.all());
        config = new ConfigResolver(K3sEnvironment.of(world.env)).resolve(Optional.empty(), Map.of());
        azureRequestsAtStart = world.azure.recentRequests().size();
    }

    @AfterAll
    static void stop() {
        world.close();
    }

    private static <T> T withDeployer(Function<Deployer, T> action) {
        try (DeployClients clients = DeployClients.connect(config, work.resolve("helm"))) {
            assertInstanceOf(NoAzureGateway.class, clients.azure());
            return action.apply(new Deployer(config, clients, world.options(), new PrintingProgress(System.out, 11)));
        }
    }

    private static void noAzureRequest() {
        List<String> requests = world.azure.recentRequests();
        assertEquals(azureRequestsAtStart, requests.size(), "Azure requests: " + requests);
    }

    @Test
    @Order(1)
    @SuppressWarnings("unchecked")
    void fullLocalApplyReachesReadyWithoutAzure() {
        assertEquals(Profile.LOCAL, config.profile());
        ApplyResult r = withDeployer(Deployer::apply);
        assertTrue(r.succeeded(), r.steps().toString());
        var c = world.client;
        var store = c.genericKubernetesResources("external-secrets.io/v1beta1", "SecretStore").inNamespace("airflow")
                .withName(GuideNames.SECRET_STORE).get();
        List<Map<String, Object>> data = TestJson.at(store, "spec", "provider", "fake", "data");
        String key = (String) data.get(1).get("value");
        var secret = c.secrets().inNamespace("airflow").withName(config.storageSecretName())
                .waitUntilCondition(x -> x != null && x.getData() != null
                        && x.getData().containsKey("azurestorageaccountkey"), 30, TimeUnit.SECONDS);
        assertEquals(key, new String(Base64.getDecoder().decode(secret.getData().get("azurestorageaccountkey")),
                StandardCharsets.UTF_8), "ESO synced the fake provider's key");
        assertEquals("airflowakslogs", new String(Base64.getDecoder().decode(
                secret.getData().get("azurestorageaccountname")), StandardCharsets.UTF_8));
        assertEquals("Bound", c.persistentVolumeClaims().inNamespace("airflow").withName(GuideNames.PVC).get()
                .getStatus().getPhase());
        assertEquals("docker.io/apache/airflow:2.9.3", c.apps().deployments().inNamespace("airflow")
                .withName("airflow-scheduler").get().getSpec().getTemplate().getSpec().getContainers().get(0)
                .getImage());
        noAzureRequest();
    }

    @Test
    @Order(2)
    void secondApplyWritesNothingAndPlanShowsNoChange() {
        world.awaitQuietCluster();
        ApplyResult r = withDeployer(Deployer::apply);
        assertTrue(r.succeeded(), r.steps().toString());
        assertEquals(0, world.stats().writes("airflow-aks-deployer"), "deployer writes on the second apply: "
                + world.stats());
        var plan = withDeployer(Deployer::plan);
        assertFalse(plan.hasChanges(), plan.render());
        noAzureRequest();
    }

    @Test
    @Order(3)
    void destroyKeepsTheRetainPv() {
        List<StepOutcome> out = withDeployer(d -> d.destroy(false));
        assertTrue(out.stream().allMatch(StepOutcome::ok), out.toString());
        var c = world.client;
        assertNotNull(c.persistentVolumes().withName(GuideNames.PV).get(), "the Retain PV is kept");
        assertNull(c.serviceAccounts().inNamespace("airflow").withName("airflow").get());
        noAzureRequest();
    }
}
