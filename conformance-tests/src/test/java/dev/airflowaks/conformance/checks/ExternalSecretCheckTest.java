package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.ConformanceFailure;

import dev.airflowaks.conformance.azure.AccessPolicyInfo;
import dev.airflowaks.conformance.seed.GoodWorld;
import dev.airflowaks.conformance.seed.World;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@EnableKubernetesMockClient(crud = true, https = false)
class ExternalSecretCheckTest {

    KubernetesClient client;
    private World world;

    @BeforeEach
    void seed() {
        world = World.seed(client);
    }

    @Test
    void passesWhenSyncedOwnedAndEqualToKeyVault() {
        ExternalSecretCheck check = new ExternalSecretCheck();
        assertDoesNotThrow(() -> check.externalSecretSynced(world.check()));
        assertDoesNotThrow(() -> check.targetSecretHoldsKeys(world.check()));
        assertDoesNotThrow(() -> check.valuesMatchKeyVault(world.check()));
    }

    @Test
    void federatedSubjectMismatchIsTracedToTheFederatedCredential() {
        world.federatedSubjectMismatch();
        ConformanceFailure f = World.fails(() -> new ExternalSecretCheck().externalSecretSynced(world.check()));
        assertTrue(f.getMessage().contains("Ready: expected True/SecretSynced, actual False/SecretSyncedError"),
                f.getMessage());
        assertTrue(f.getMessage().contains("ExternalSecret airflow-aks-azure-logs-secrets SecretSyncedError ← "
                + "federated credential subject system:serviceaccount:airflow:wrong ≠ expected "
                + "system:serviceaccount:airflow:airflow → fix: deploy guide, step 'federated credential'"),
                f.getMessage());
    }

    @Test
    void keyVaultSecretMissingIsTracedToTheVault() {
        world.azure.secretValues.remove("AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY");
        world.notReady(world.externalSecret(), "SecretSyncedError", "could not get secret data from provider");
        ConformanceFailure f = World.fails(() -> new ExternalSecretCheck().externalSecretSynced(world.check()));
        assertTrue(f.getMessage().contains("Key Vault secret AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY missing → fix: "
                + "infrastructure guide, step 'storage account'"), f.getMessage());
    }

    @Test
    void noAccessPolicyIsTracedToTheAccessPolicy() {
        world.azure.policies.clear();
        world.azure.policies.add(new AccessPolicyInfo("someone-else", List.of("get")));
        world.notReady(world.externalSecret(), "SecretSyncedError", "could not get secret data from provider");
        ConformanceFailure f = World.fails(() -> new ExternalSecretCheck().externalSecretSynced(world.check()));
        assertTrue(f.getMessage().contains("access policy does not grant secrets get to principal "
                + GoodWorld.PRINCIPAL_ID + " → fix: deploy guide, step 'access policy'"), f.getMessage());
    }

    @Test
    void aStaleRefreshTimeFails() {
        world.replace(world.externalSecret(), es -> es.setAdditionalProperty("status", Map.of("refreshTime",
                "2026-11-26T00:00:00Z", "conditions", List.of(Map.of("type", "Ready", "status", "True",
                        "reason", "SecretSynced")))));
        ConformanceFailure f = World.fails(() -> new ExternalSecretCheck().externalSecretSynced(world.check()));
        assertTrue(f.getMessage().contains("refreshTime: expected within PT1H5M"), f.getMessage());
    }

    @Test
    void csiSecretKeyMissingFailsTheTargetSecret() {
        world.replace(client.secrets().inNamespace(GoodWorld.NS).withName("storage-account-credentials").get(),
                s -> s.getData().remove("azurestorageaccountkey"));
        ConformanceFailure f = World.fails(() -> new ExternalSecretCheck().targetSecretHoldsKeys(world.check()));
        assertTrue(f.getMessage().contains("key azurestorageaccountkey: expected present, actual absent"),
                f.getMessage());
        assertTrue(f.getMessage().contains("Secret storage-account-credentials lacks key azurestorageaccountkey → "
                + "fix: deploy guide, step 'ExternalSecret'"), f.getMessage());
    }

    @Test
    void aSecretNotOwnedByTheExternalSecretFails() {
        world.replace(client.secrets().inNamespace(GoodWorld.NS).withName("storage-account-credentials").get(),
                s -> s.getMetadata().setOwnerReferences(null));
        ConformanceFailure f = World.fails(() -> new ExternalSecretCheck().targetSecretHoldsKeys(world.check()));
        assertTrue(f.getMessage().contains("controller owner: expected ExternalSecret airflow-aks-azure-logs-secrets,"
                + " actual none"), f.getMessage());
    }

    @Test
    void aValueThatDiffersFromKeyVaultFailsWithoutPrintingEitherValue() {
        world.azure.secretValues.put("AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY", "rotated-key-value-in-the-vault");
        ConformanceFailure f = World.fails(() -> new ExternalSecretCheck().valuesMatchKeyVault(world.check()));
        assertTrue(f.getMessage().contains("SHA-256 of azurestorageaccountkey: expected equal to Key Vault secret "
                + "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY, actual differs"), f.getMessage());
        assertFalse(f.getMessage().contains(GoodWorld.STORAGE_KEY));
        assertFalse(f.getMessage().contains("rotated-key-value-in-the-vault"));
        assertFalse(world.published.toString().contains(GoodWorld.STORAGE_KEY));
    }
}
