package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.ConformanceFailure;

import dev.airflowaks.conformance.seed.GoodWorld;
import dev.airflowaks.conformance.seed.HelmRecords;
import dev.airflowaks.conformance.seed.World;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

@EnableKubernetesMockClient(crud = true, https = false)
class EsoInstallationCheckTest {

    KubernetesClient client;
    private World world;

    @BeforeEach
    void seed() {
        world = World.seed(client);
    }

    @Test
    void passesOnThePinnedRelease() {
        EsoInstallationCheck check = new EsoInstallationCheck();
        assertDoesNotThrow(() -> check.releaseDeployedAtPinnedVersion(world.check()));
        assertDoesNotThrow(() -> check.controllersReady(world.check()));
        assertDoesNotThrow(() -> check.crdsEstablished(world.check()));
    }

    @Test
    void esoNotInstalledFailsEveryEsoCheckWithTheInstallStep() {
        client.apps().deployments().inNamespace(GoodWorld.NS).withName("external-secrets").delete();
        client.apps().deployments().inNamespace(GoodWorld.NS).withName("external-secrets-webhook").delete();
        client.apps().deployments().inNamespace(GoodWorld.NS).withName("external-secrets-cert-controller").delete();
        client.secrets().inNamespace(GoodWorld.NS).withName("sh.helm.release.v1.external-secrets.v1").delete();
        EsoInstallationCheck check = new EsoInstallationCheck();
        ConformanceFailure release = World.fails(() -> check.releaseDeployedAtPinnedVersion(world.check()));
        assertTrue(release.getMessage().contains("no Helm release external-secrets in airflow"), release.getMessage());
        assertTrue(release.getMessage().contains("External Secrets controller not installed (no Deployment "
                + "external-secrets) → fix: deploy guide, step 'install External Secrets Operator'"),
                release.getMessage());
        ConformanceFailure controllers = World.fails(() -> check.controllersReady(world.check()));
        assertTrue(controllers.getMessage().contains("Deployment external-secrets-webhook: expected 1/1 ready (the "
                + "chart's default, the guide sets none), actual missing"), controllers.getMessage());
    }

    /** Issue 15: scaled to 0, the controller used to pass as "expected 0/0 ready", its own count as the oracle. */
    @Test
    void aControllerScaledToZeroFailsAgainstTheGuidesCount() {
        world.replace(client.apps().deployments().inNamespace(GoodWorld.NS).withName("external-secrets").get(),
                d -> {
                    d.getSpec().setReplicas(0);
                    d.getStatus().setReadyReplicas(0);
                });
        ConformanceFailure f = World.fails(() -> new EsoInstallationCheck().controllersReady(world.check()));
        assertTrue(f.getMessage().contains("Deployment external-secrets: expected 1/1 ready (the chart's default, the "
                + "guide sets none), actual 0/0 ready"), f.getMessage());
    }

    @Test
    void anUnpinnedChartVersionFails() {
        client.secrets().inNamespace(GoodWorld.NS).withName("sh.helm.release.v1.external-secrets.v1").delete();
        client.secrets().inNamespace(GoodWorld.NS).resource(HelmRecords.release("external-secrets", GoodWorld.NS, 2,
                "deployed", "external-secrets", "0.17.0", "v0.17.0", Map.of(), "", List.of())).create();
        ConformanceFailure f = World.fails(() -> new EsoInstallationCheck().releaseDeployedAtPinnedVersion(world.check()));
        assertTrue(f.getMessage().contains("chart: expected external-secrets-0.10.5, actual external-secrets-0.17.0"),
                f.getMessage());
    }

    @Test
    void aCrdThatIsNotEstablishedFails() {
        world.replace(client.apiextensions().v1().customResourceDefinitions()
                .withName("secretstores.external-secrets.io").get(), crd -> crd.getStatus().getConditions().get(0)
                .setStatus("False"));
        ConformanceFailure f = World.fails(() -> new EsoInstallationCheck().crdsEstablished(world.check()));
        assertTrue(f.getMessage().contains("CRD secretstores.external-secrets.io: expected Established, actual not "
                + "Established"), f.getMessage());
    }
}
