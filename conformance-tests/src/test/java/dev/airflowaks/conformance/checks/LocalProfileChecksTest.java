package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.ConformanceFailure;

import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.conformance.seed.CheckRunner;
import dev.airflowaks.conformance.seed.CheckRunner.Outcome;
import dev.airflowaks.conformance.seed.GoodWorld;
import dev.airflowaks.conformance.seed.LocalWorld;
import dev.airflowaks.conformance.seed.StandInWebserver;
import dev.airflowaks.conformance.seed.World;
import dev.airflowaks.targets.local.LocalProfile;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The local profile (contract section 4) on the seeded mock: the four checks whose guide behaviour is replaced run
 * against their stand-ins and are substituted with the profile's reasons, the Azure checks are not applicable although
 * the target could read Azure, and each substituted check still fails, naming the cause, when its stand-in is wrong.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class LocalProfileChecksTest {

    static final Map<String, String> SUBSTITUTED = Map.of(
            "SecretStoreCheck.storeIsValid", "secret-store",
            "ServiceAccountCheck.annotationsMatchIdentity", "service-account",
            "LogsStorageCheck.persistentVolumeMatchesGuide", "logs-volume",
            "AirflowReleaseCheck.imagesFromAcr", "images");

    static final Set<String> AZURE_CHECKS = Set.of("AzureSideCheck.accessPolicyGrantsGet",
            "AzureSideCheck.federatedCredentialMatches", "AzureSideCheck.storageExists",
            "AzureSideCheck.vaultKeyIsCurrent", "AzureSideCheck.acrHoldsTheImportedImages",
            "ExternalSecretCheck.valuesMatchKeyVault");

    KubernetesClient client;
    private World world;
    private StandInWebserver web;

    @BeforeEach
    void seed() {
        world = LocalWorld.seed(client);
        web = new StandInWebserver();
    }

    @AfterEach
    void stop() {
        web.close();
    }

    private Map<String, Outcome> run() {
        return CheckRunner.outcomes(LocalWorld.context(client, web), false);
    }

    @Test
    void aGoodLocalDeployIsSubstitutedWhereReplacedNotApplicableForAzureAndPassedElsewhere() {
        Map<String, Outcome> outcomes = run();
        Map<String, String> statuses = new TreeMap<>();
        outcomes.forEach((id, o) -> statuses.put(id, o.status() + (o.error() == null ? "" : " " + o.error())));
        SUBSTITUTED.forEach((id, substitution) -> {
            assertEquals("SUBSTITUTED", outcomes.get(id).status(), id + " in " + statuses);
            assertEquals(new LocalProfile().substitution(substitution).orElseThrow().reason(),
                    outcomes.get(id).reason(), id);
        });
        assertTrue(outcomes.get("LogsStorageCheck.persistentVolumeMatchesGuide").reason().contains("ReadWriteMany"),
                "the logs substitution states the RWX caveat");
        for (String id : AZURE_CHECKS) {
            assertEquals("NOT_APPLICABLE", outcomes.get(id).status(), id + " in " + statuses);
            assertTrue(outcomes.get(id).reason().contains("(local profile): nothing of Azure is deployed, so AZURE"),
                    outcomes.get(id).reason());
        }
        outcomes.forEach((id, o) -> {
            if (!SUBSTITUTED.containsKey(id) && !AZURE_CHECKS.contains(id)) {
                assertEquals("PASSED", o.status(), id + " in " + statuses);
            }
        });
    }

    /** A stand-in that is wrong, the check that must fail, and the words its failure must contain. */
    enum LocalFault {
        FAKE_KEY_MISSING("SecretStoreCheck.storeIsValid",
                "fake.data AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY: expected present with a value, actual missing"),
        GUIDE_STORE_ON_LOCAL("SecretStoreCheck.storeIsValid", "provider: expected fake, actual [azurekv]"),
        STORE_NOT_VALID("SecretStoreCheck.storeIsValid", "Ready: expected True/Valid, actual False/InvalidProviderConfig"),
        SERVICE_ACCOUNT_MISSING("ServiceAccountCheck.annotationsMatchIdentity", "exists: expected present, actual missing"),
        BLOB_CSI_VOLUME_ON_LOCAL("LogsStorageCheck.persistentVolumeMatchesGuide",
                "hostPath.path: expected /var/lib/rancher/k3s/storage/airflow-logs, actual no hostPath source"),
        READ_WRITE_ONCE_VOLUME("LogsStorageCheck.persistentVolumeMatchesGuide",
                "accessModes: expected [ReadWriteMany], actual [ReadWriteOnce]"),
        ACR_IMAGE_ON_LOCAL("AirflowReleaseCheck.imagesFromAcr", "images not from the local profile's public images: "
                + "expected [], actual [airflowaksacr.azurecr.io/airflow:2.9.3]");

        final String check;
        final String cause;

        LocalFault(String check, String cause) {
            this.check = check;
            this.cause = cause;
        }
    }

    @ParameterizedTest
    @EnumSource(LocalFault.class)
    void aWrongStandInFailsItsSubstitutedCheckNamingTheCause(LocalFault fault) {
        apply(fault);
        Map<String, Outcome> outcomes = run();
        Map<String, Outcome> failed = outcomes.entrySet().stream().filter(e -> !e.getValue().status().matches(
                "PASSED|SUBSTITUTED|NOT_APPLICABLE")).collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertEquals(Set.of(fault.check), failed.keySet(), () -> fault + ": " + failed);
        Outcome o = failed.get(fault.check);
        assertEquals("FAILED", o.status());
        assertInstanceOf(ConformanceFailure.class, o.error(), "a wrong stand-in is non-conformant, not broken");
        assertTrue(o.error().getMessage().contains(fault.cause), o.error().getMessage());
        assertFalse(o.error().getMessage().contains(LocalWorld.FAKE_KEY), "the fake key value is never printed");
    }

    private void apply(LocalFault fault) {
        switch (fault) {
            case FAKE_KEY_MISSING -> world.replace(world.secretStore(), s -> LocalWorld.storeSpec(s).put("provider",
                    Map.of("fake", Map.of("data", List.of(Map.of("key", Expectations.VAULT_SECRET_ACCOUNT_NAME,
                            "value", GoodWorld.STORAGE_ACCOUNT))))));
            case GUIDE_STORE_ON_LOCAL -> world.replace(world.secretStore(), s -> s.setAdditionalProperty("spec",
                    Map.of("provider", Map.of("azurekv", Map.of("authType", "WorkloadIdentity",
                            "vaultUrl", "https://airflow-aks-kv.vault.azure.net/",
                            "serviceAccountRef", Map.of("name", "airflow"))))));
            case STORE_NOT_VALID -> world.notReady(world.secretStore(), "InvalidProviderConfig", "no data");
            case SERVICE_ACCOUNT_MISSING -> client.serviceAccounts().inNamespace(GoodWorld.NS).withName("airflow")
                    .delete();
            case BLOB_CSI_VOLUME_ON_LOCAL -> {
                client.persistentVolumes().withName(Expectations.PV_NAME).delete();
                GoodWorld.seedBlobVolume(client);
            }
            case READ_WRITE_ONCE_VOLUME -> world.replace(client.persistentVolumes().withName(Expectations.PV_NAME)
                    .get(), pv -> pv.getSpec().setAccessModes(List.of("ReadWriteOnce")));
            case ACR_IMAGE_ON_LOCAL -> world.replace(client.apps().deployments().inNamespace(GoodWorld.NS)
                    .withName("airflow-scheduler").get(), d -> d.getSpec().getTemplate().getSpec().getContainers()
                    .get(0).setImage(GoodWorld.ACR + ".azurecr.io/airflow:2.9.3"));
        }
    }

}
