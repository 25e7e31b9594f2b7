package dev.airflowaks.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Plan;
import dev.airflowaks.deployer.progress.PrintingProgress;
import dev.airflowaks.deployer.progress.ProgressListener;
import dev.airflowaks.deployer.steps.EsoApiVersion;
import dev.airflowaks.deployer.kube.GuideNames;
import dev.airflowaks.deployer.testing.EsoChartVariant;
import dev.airflowaks.deployer.testing.TwinWorld;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GroupVersionForDiscovery;
import io.fabric8.kubernetes.api.model.ManagedFieldsEntry;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ESO 0.17+ serves only {@code external-secrets.io/v1}. With a copy of the ESO test chart whose CRDs serve v1 alone
 * (v1 storage), apply must write the SecretStore and ExternalSecret as v1, the twin's ESO must sync them, and a
 * second plan must be all unchanged. With both versions served (ESO 0.16), {@link EsoApiVersion} prefers v1.
 */
class EsoApiV1TwinTest {

    @TempDir
    Path work;

    @Test
    void v1OnlyEsoGetsV1ObjectsThatSync() {
        try (TwinWorld world = new TwinWorld(work)) {
            Path chart = EsoChartVariant.write(work.resolve("charts"), work.resolve("eso-0.17"), List.of("v1"), "v1",
                    "0.17.0");
            DeployConfig config = world.config(Map.of("AIRFLOW_AKS_ESO_CHART", chart.toString(),
                    "AIRFLOW_AKS_ESO_CHART_VERSION", "0.17.0"));

            ApplyResult r = new Deployer(config, world.clients(config), world.options(),
                    new PrintingProgress(System.out, 11)).apply();
            assertTrue(r.succeeded(), r.steps().toString());

            var c = world.client;
            assertEquals(List.of("v1"), c.getApiGroup(GuideNames.ESO_GROUP).getVersions().stream()
                    .map(GroupVersionForDiscovery::getVersion).toList(), "the twin serves only v1, like ESO 0.17+");
            GenericKubernetesResource store = c.genericKubernetesResources("external-secrets.io/v1", "SecretStore")
                    .inNamespace("airflow").withName(GuideNames.SECRET_STORE).get();
            assertNotNull(store);
            assertEquals("https://airflow-aks-kv.vault.azure.net/",
                    TestJson.at(store, "spec", "provider", "azurekv", "vaultUrl"));
            assertWrittenAs("external-secrets.io/v1", store);

            GenericKubernetesResource es = c.genericKubernetesResources("external-secrets.io/v1", "ExternalSecret")
                    .inNamespace("airflow").withName(GuideNames.EXTERNAL_SECRET)
                    .waitUntilCondition(x -> x != null && String.valueOf(TestJson.<Object>at(x, "status"))
                            .contains("SecretSynced"), 60, TimeUnit.SECONDS);
            assertWrittenAs("external-secrets.io/v1", es);
            var secret = c.secrets().inNamespace("airflow").withName(config.storageSecretName())
                    .waitUntilCondition(x -> x != null && x.getData() != null
                            && x.getData().containsKey("azurestorageaccountkey"), 30, TimeUnit.SECONDS);
            assertEquals(config.storageAccountName(), new String(Base64.getDecoder()
                    .decode(secret.getData().get("azurestorageaccountname")), StandardCharsets.UTF_8),
                    "ESO copied the vault's account-name secret through the v1 ExternalSecret");

            Plan again = new Deployer(config, world.clients(config), world.options(), ProgressListener.silent())
                    .plan();
            assertFalse(again.hasChanges(), again.render());
            assertTrue(again.changes().isEmpty() || again.changes().stream()
                    .allMatch(ch -> ch.action() == Action.UNCHANGED), again.render());
        }
    }

    @Test
    void bothServedPrefersV1EvenWithAnOldPin() {
        try (TwinWorld world = new TwinWorld(work)) {
            Path chart = EsoChartVariant.write(work.resolve("charts"), work.resolve("eso-0.16"),
                    List.of("v1beta1", "v1"), "v1beta1", "0.16.0");
            DeployConfig config = world.config(Map.of("AIRFLOW_AKS_ESO_CHART", chart.toString(),
                    "AIRFLOW_AKS_ESO_CHART_VERSION", "0.16.0"));
            ApplyResult r = new Deployer(config, world.clients(config), world.options().withStopAfterStep("5"),
                    new PrintingProgress(System.out, 11)).apply();
            assertEquals(List.of("1", "2", "3", "4", "5"), r.steps().stream().map(StepOutcome::stepId).toList(),
                    r.steps().toString());
            assertTrue(r.steps().stream().allMatch(StepOutcome::ok), r.steps().toString());

            var c = world.client;
            assertEquals(List.of("v1", "v1beta1"), c.getApiGroup(GuideNames.ESO_GROUP).getVersions().stream()
                    .map(GroupVersionForDiscovery::getVersion).sorted().toList(), "both served, like ESO 0.16");
            // Discovery decides, not the pin: an old pinned version still gets v1 when v1 is served.
            assertEquals("v1", EsoApiVersion.choose(c, world.config().esoChart()));
            assertWrittenAs("external-secrets.io/v1", c.genericKubernetesResources("external-secrets.io/v1",
                    "SecretStore").inNamespace("airflow").withName(GuideNames.SECRET_STORE).get());
            assertWrittenAs("external-secrets.io/v1", c.genericKubernetesResources("external-secrets.io/v1",
                    "ExternalSecret").inNamespace("airflow").withName(GuideNames.EXTERNAL_SECRET).get());
        }
    }

    /** The API version the deployer's field manager wrote the object with, as the API server recorded it. */
    private static void assertWrittenAs(String apiVersion, GenericKubernetesResource obj) {
        assertNotNull(obj);
        List<ManagedFieldsEntry> mine = obj.getMetadata().getManagedFields().stream()
                .filter(m -> "airflow-aks-deployer".equals(m.getManager())).toList();
        assertFalse(mine.isEmpty(), "no managedFields entry of the deployer: " + obj.getMetadata().getManagedFields());
        assertTrue(mine.stream().allMatch(m -> apiVersion.equals(m.getApiVersion())),
                obj.getKind() + " written as " + mine.stream().map(ManagedFieldsEntry::getApiVersion).toList());
    }
}
