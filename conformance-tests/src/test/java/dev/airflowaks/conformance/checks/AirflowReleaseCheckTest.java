package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.ConformanceFailure;

import dev.airflowaks.conformance.seed.GoodWorld;
import dev.airflowaks.conformance.seed.World;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

@EnableKubernetesMockClient(crud = true, https = false)
class AirflowReleaseCheckTest {

    KubernetesClient client;
    private World world;

    @BeforeEach
    void seed() {
        world = World.seed(client);
    }

    @Test
    void passesOnTheGuidesRelease() {
        AirflowReleaseCheck check = new AirflowReleaseCheck();
        assertDoesNotThrow(() -> check.releaseDeployed(world.check()));
        assertDoesNotThrow(() -> check.inventoryAsExpected(world.check()));
        assertDoesNotThrow(() -> check.imagesFromAcr(world.check()));
        assertDoesNotThrow(() -> check.valuesAsConfigured(world.check()));
    }

    @Test
    void aMissingReleaseFails() {
        client.secrets().inNamespace(GoodWorld.NS).withName("sh.helm.release.v1.airflow.v1").delete();
        ConformanceFailure f = World.fails(() -> new AirflowReleaseCheck().releaseDeployed(world.check()));
        assertTrue(f.getMessage().contains("release: expected installed, actual missing"), f.getMessage());
        assertTrue(f.getMessage().contains("fix: deploy guide, step 'deploy Airflow'"), f.getMessage());
    }

    @Test
    void anUnexpectedAndAMissingObjectFail() {
        client.configMaps().inNamespace(GoodWorld.NS).resource(new ConfigMapBuilder().withNewMetadata()
                .withName("airflow-extra").withNamespace(GoodWorld.NS).addToLabels("release", "airflow").endMetadata()
                .build()).create();
        client.services().inNamespace(GoodWorld.NS).withName("airflow-statsd").delete();
        ConformanceFailure f = World.fails(() -> new AirflowReleaseCheck().inventoryAsExpected(world.check()));
        assertTrue(f.getMessage().contains("missing from the cluster: expected [], actual [Service/airflow-statsd]"),
                f.getMessage());
        assertTrue(f.getMessage().contains("unexpected in the cluster: expected [], actual [ConfigMap/airflow-extra]"),
                f.getMessage());
    }

    @Test
    void anImageFromOutsideTheAcrFails() {
        world.replace(client.apps().deployments().inNamespace(GoodWorld.NS).withName("airflow-statsd").get(),
                d -> d.getSpec().getTemplate().getSpec().getContainers().get(0)
                        .setImage("quay.io/prometheus/statsd-exporter:v0.26.1"));
        ConformanceFailure f = World.fails(() -> new AirflowReleaseCheck().imagesFromAcr(world.check()));
        assertTrue(f.getMessage().contains("images not from airflowaksacr.azurecr.io/: expected [], actual "
                + "[quay.io/prometheus/statsd-exporter:v0.26.1]"), f.getMessage());
        assertTrue(f.getMessage().contains("fix: deploy guide, step 'Helm values'"), f.getMessage());
    }

    @Test
    void aDifferentExecutorAndExistingClaimFail() {
        client.secrets().inNamespace(GoodWorld.NS).withName("sh.helm.release.v1.airflow.v1").delete();
        GoodWorld.airflowRelease(client, Map.of("executor", "CeleryExecutor", "logs",
                Map.of("persistence", Map.of("enabled", true, "existingClaim", "other-claim"))), "", "Succeeded");
        ConformanceFailure f = World.fails(() -> new AirflowReleaseCheck().valuesAsConfigured(world.check()));
        assertTrue(f.getMessage().contains("executor: expected KubernetesExecutor, actual CeleryExecutor"),
                f.getMessage());
        assertTrue(f.getMessage().contains("logs.persistence.existingClaim: expected pvc-airflow-logs, actual "
                + "other-claim"), f.getMessage());
        assertTrue(f.getMessage().contains("dags.gitSync.repo: expected https://github.com/donhighmsft/"
                + "airflowexamples.git, actual unset"), f.getMessage());
    }
}
