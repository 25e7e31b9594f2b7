package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.ConformanceFailure;

import dev.airflowaks.conformance.seed.GoodWorld;
import dev.airflowaks.conformance.seed.World;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

@EnableKubernetesMockClient(crud = true, https = false)
class SecretStoreCheckTest {

    KubernetesClient client;
    private World world;

    @BeforeEach
    void seed() {
        world = World.seed(client);
    }

    @Test
    void passesOnTheGuidesStore() {
        assertDoesNotThrow(() -> new SecretStoreCheck().storeIsValid(world.check()));
    }

    @Test
    void anInvalidStoreWithAMissingServiceAccountNamesTheServiceAccount() {
        world.notReady(world.secretStore(), "InvalidProviderConfig", "unable to create client");
        client.serviceAccounts().inNamespace(GoodWorld.NS).withName("airflow").delete();
        ConformanceFailure f = World.fails(() -> new SecretStoreCheck().storeIsValid(world.check()));
        assertTrue(f.getMessage().contains("Ready: expected True/Valid, actual False/InvalidProviderConfig"),
                f.getMessage());
        assertTrue(f.getMessage().contains("serviceAccountRef: expected resolves to a ServiceAccount in airflow, "
                + "actual airflow (missing)"), f.getMessage());
        assertTrue(f.getMessage().contains("SecretStore azure-store InvalidProviderConfig ← ServiceAccount airflow "
                + "missing → fix: deploy guide, step 'service account'"), f.getMessage());
    }

    @Test
    void aWrongVaultUrlAndServicePrincipalAuthFail() {
        GenericKubernetesResource store = world.secretStore();
        world.replace(store, s -> s.setAdditionalProperty("spec", Map.of("provider", Map.of("azurekv", Map.of(
                "vaultUrl", "https://other-kv.vault.azure.net/", "serviceAccountRef", Map.of("name", "airflow"))))));
        ConformanceFailure f = World.fails(() -> new SecretStoreCheck().storeIsValid(world.check()));
        assertTrue(f.getMessage().contains("vaultUrl: expected https://airflow-aks-kv.vault.azure.net/, actual "
                + "https://other-kv.vault.azure.net/"), f.getMessage());
        assertTrue(f.getMessage().contains("authType: expected WorkloadIdentity, actual ServicePrincipal (default)"),
                f.getMessage());
        assertTrue(f.getMessage().contains("fix: deploy guide, step 'SecretStore'"), f.getMessage());
    }
}
