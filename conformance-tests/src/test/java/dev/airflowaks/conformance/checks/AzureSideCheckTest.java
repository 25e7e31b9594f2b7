package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.azure.AzureSdkReader;
import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.context.ConformanceContext;
import dev.airflowaks.conformance.context.ConformanceFailure;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.conformance.expect.ExpectationsResolver;
import dev.airflowaks.fixtures.twin.azure.AzureTwin;
import dev.airflowaks.fixtures.twin.azure.AzureTwinOptions;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.targets.faults.Fault;
import dev.airflowaks.targets.faults.FaultSet;

import dev.airflowaks.conformance.azure.FederatedCredentialInfo;
import dev.airflowaks.conformance.seed.GoodWorld;
import dev.airflowaks.conformance.seed.World;
import dev.airflowaks.conformance.context.CapabilityCondition;
import dev.airflowaks.targets.Capability;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

@EnableKubernetesMockClient(crud = true, https = false)
class AzureSideCheckTest {

    KubernetesClient client;
    private World world;

    @BeforeEach
    void seed() {
        world = World.seed(client);
    }

    @Test
    void passesOnTheGuidesAzureWorld() {
        AzureSideCheck check = new AzureSideCheck();
        assertDoesNotThrow(() -> check.federatedCredentialMatches(world.check()));
        assertDoesNotThrow(() -> check.accessPolicyGrantsGet(world.check()));
        assertDoesNotThrow(() -> check.storageExists(world.check()));
        assertDoesNotThrow(() -> check.acrHoldsTheImportedImages(world.check()));
    }

    /**
     * Issue 15: with {@code airflow:2.9.3} missing from the registry, apply refuses before any change; this check
     * names the image, how the data plane was asked, the import command and the infrastructure step.
     */
    @Test
    void anImageMissingFromTheAcrFailsNamingTheImageTheRequestAndTheImport() {
        world.azure.acrMissing.add("airflow:2.9.3");
        ConformanceFailure f = World.fails(() -> new AzureSideCheck().acrHoldsTheImportedImages(world.check()));
        assertTrue(f.getMessage().contains("airflowaksacr.azurecr.io/airflow:2.9.3: expected exists, actual missing "
                + "(HEAD /v2/airflow/manifests/2.9.3: 404); fix: az acr import --name airflowaksacr --source "
                + "docker.io/apache/airflow:2.9.3 --image airflow:2.9.3"), f.getMessage());
        assertTrue(f.getMessage().contains("root cause: ACR airflowaksacr lacks airflowaksacr.azurecr.io/airflow:2.9.3 "
                + "(HEAD /v2/airflow/manifests/2.9.3: 404) → fix: infrastructure guide, step 'import images'"),
                f.getMessage());
        assertEquals(GuideStepId.IMPORT_IMAGES, f.fix());
        assertFalse(f.getMessage().contains("statsd-exporter:v0.26.1: expected"), "only the missing image is listed");
    }

    /**
     * The same check against the Azure twin started with fault image-missing (the seeded registry lacks
     * {@code airflow:2.9.3}), read through the SDK reader and the deployer's ACR data plane with the env file's
     * principal: it fails on the 404 the data plane answers, and passes once the image is imported.
     */
    @Test
    void onTheTwinsImageMissingFaultTheCheckFailsUntilTheImageIsImported(@TempDir Path dir) {
        try (AzureTwin twin = AzureTwin.start(AzureTwinOptions.builder()
                .faults(FaultSet.of(List.of(Fault.IMAGE_MISSING))).build())) {
            Map<String, String> env = ExpectationsResolver.readEnvFile(twin.writeEnvFile(dir.resolve("twin.env")));
            Expectations expect = new ExpectationsResolver(env).resolve(Optional.empty(), Map.of());
            ConformanceContext run = ConformanceContext.builder(client, expect).target("twin")
                    .azure(AzureSdkReader.connect(env, expect)).capabilities(EnumSet.of(Capability.AZURE)).build();
            ConformanceFailure f = World.fails(() -> new AzureSideCheck().acrHoldsTheImportedImages(
                    new CheckContext(run, e -> { })));
            assertTrue(f.getMessage().contains(twin.options().acrName() + ".azurecr.io/airflow:2.9.3: expected exists, "
                    + "actual missing (HEAD /v2/airflow/manifests/2.9.3: 404)"), f.getMessage());
            assertEquals(GuideStepId.IMPORT_IMAGES, f.fix());

            twin.world().registry(twin.options().resourceGroup(), twin.options().acrName()).orElseThrow()
                    .importImage("airflow:2.9.3");
            assertDoesNotThrow(() -> new AzureSideCheck().acrHoldsTheImportedImages(new CheckContext(run, e -> { })));
        }
    }

    @Test
    void federatedSubjectMismatchFails() {
        world.federatedSubjectMismatch();
        ConformanceFailure f = World.fails(() -> new AzureSideCheck().federatedCredentialMatches(world.check()));
        assertTrue(f.getMessage().contains("subject: expected system:serviceaccount:airflow:airflow, actual "
                + "system:serviceaccount:airflow:wrong"), f.getMessage());
        assertTrue(f.getMessage().contains("fix: deploy guide, step 'federated credential'"), f.getMessage());
    }

    @Test
    void federatedIssuerMismatchFails() {
        world.azure.federated.set(0, new FederatedCredentialInfo("external-secret-operator",
                "https://wrong.issuer/", "system:serviceaccount:airflow:airflow", List.of("api://AzureADTokenExchange")));
        ConformanceFailure f = World.fails(() -> new AzureSideCheck().federatedCredentialMatches(world.check()));
        assertTrue(f.getMessage().contains("issuer: expected " + GoodWorld.OIDC + ", actual https://wrong.issuer/"),
                f.getMessage());
        assertTrue(f.getMessage().contains("federated credential issuer https://wrong.issuer/ ≠ AKS OIDC issuer"),
                f.getMessage());
    }

    @Test
    void aWrongAudienceFails() {
        world.azure.federated.set(0, new FederatedCredentialInfo("external-secret-operator", GoodWorld.OIDC,
                "system:serviceaccount:airflow:airflow", List.of("api://something-else")));
        ConformanceFailure f = World.fails(() -> new AzureSideCheck().federatedCredentialMatches(world.check()));
        assertTrue(f.getMessage().contains("audience: expected api://AzureADTokenExchange, actual "
                + "[api://something-else]"), f.getMessage());
    }

    @Test
    void noAccessPolicyFails() {
        world.azure.policies.clear();
        ConformanceFailure f = World.fails(() -> new AzureSideCheck().accessPolicyGrantsGet(world.check()));
        assertTrue(f.getMessage().contains("does not grant secrets get to principal " + GoodWorld.PRINCIPAL_ID),
                f.getMessage());
        assertTrue(f.getMessage().contains("fix: deploy guide, step 'access policy'"), f.getMessage());
    }

    @Test
    void storageContainerMissingFails() {
        world.azure.storageContainer = false;
        ConformanceFailure f = World.fails(() -> new AzureSideCheck().storageExists(world.check()));
        assertTrue(f.getMessage().contains("container airflow-logs: expected exists, actual missing"), f.getMessage());
        assertTrue(f.getMessage().contains("storage container airflow-logs missing → fix: infrastructure guide, step "
                + "'storage account'"), f.getMessage());
    }

    /** Issue 15.5: a rotated key passed every check, yet the blob mount fails on AKS. */
    @Test
    void aRotatedStorageKeyFailsNamingTheVaultSecretAndTheAccount() {
        assertDoesNotThrow(() -> new AzureSideCheck().vaultKeyIsCurrent(world.check()));
        world.azure.storageKeys.clear();
        world.azure.storageKeys.addAll(List.of("rotated-key-1", "rotated-key-2"));
        ConformanceFailure f = World.fails(() -> new AzureSideCheck().vaultKeyIsCurrent(world.check()));
        assertTrue(f.getMessage().contains("its SHA-256: expected one of the account's current keys (listKeys), "
                + "actual matches none of storage account " + GoodWorld.STORAGE_ACCOUNT + "'s 2 current keys"),
                f.getMessage());
        assertTrue(f.getMessage().contains("fix: infrastructure guide, step 'storage account'"), f.getMessage());
        assertFalse(f.getMessage().contains(GoodWorld.STORAGE_KEY), "no key is ever printed");
    }

    @Test
    void withoutAzureTheChecksAreNotApplicableAndSayWhy() {
        var result = CapabilityCondition.evaluate("twin", EnumSet.of(Capability.BLOB_CSI), Set.of(Capability.AZURE));
        assertTrue(result.isDisabled());
        assertTrue(result.getReason().orElse("").startsWith("not applicable on target twin: missing AZURE"),
                result.getReason().orElse(""));
    }
}
