package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.ConformanceFailure;

import dev.airflowaks.conformance.seed.GoodWorld;
import dev.airflowaks.conformance.seed.World;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@EnableKubernetesMockClient(crud = true, https = false)
class ServiceAccountCheckTest {

    KubernetesClient client;
    private World world;

    @BeforeEach
    void seed() {
        world = World.seed(client);
    }

    @Test
    void passesWithTheIdentitysAnnotations() {
        assertDoesNotThrow(() -> new ServiceAccountCheck().annotationsMatchIdentity(world.check()));
    }

    @Test
    void failsWithAWrongClientIdAndNamesTheStep() {
        world.replace(client.serviceAccounts().inNamespace(GoodWorld.NS).withName("airflow").get(),
                sa -> sa.getMetadata().getAnnotations().put("azure.workload.identity/client-id", "not-the-identity"));
        ConformanceFailure f = World.fails(() -> new ServiceAccountCheck().annotationsMatchIdentity(world.check()));
        assertTrue(f.getMessage().contains("azure.workload.identity/client-id: expected " + GoodWorld.CLIENT_ID
                + ", actual not-the-identity"), f.getMessage());
        assertTrue(f.getMessage().contains("ServiceAccount airflow client-id not-the-identity ≠ expected "
                + GoodWorld.CLIENT_ID + " → fix: deploy guide, step 'service account'"), f.getMessage());
    }

    @Test
    void failsWithoutTheTenantAnnotation() {
        world.replace(client.serviceAccounts().inNamespace(GoodWorld.NS).withName("airflow").get(),
                sa -> sa.getMetadata().getAnnotations().remove("azure.workload.identity/tenant-id"));
        ConformanceFailure f = World.fails(() -> new ServiceAccountCheck().annotationsMatchIdentity(world.check()));
        assertEquals("azure.workload.identity/tenant-id: expected " + GoodWorld.TENANT + ", actual null",
                f.mismatches().get(0).toString());
    }
}
