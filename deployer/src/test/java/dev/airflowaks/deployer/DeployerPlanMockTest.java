package dev.airflowaks.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.fakes.FakeAzure;
import dev.airflowaks.deployer.fakes.FakeHelm;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.Plan;
import dev.airflowaks.deployer.progress.ProgressListener;
import dev.airflowaks.deployer.steps.Budgets;
import dev.airflowaks.deployer.kube.GuideNames;
import dev.airflowaks.deployer.steps.ServiceAccountStep;
import dev.airflowaks.deployer.testing.TestConfigs;
import dev.airflowaks.deployer.steps.ValuesGenerator;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plan is read-only and shows create/update/unchanged against the live state. Runs on fabric8's CRUD mock, which
 * serves the reads plan needs (apply's server-side apply is tested on the twin).
 */
@EnableKubernetesMockClient(crud = true, https = false)
class DeployerPlanMockTest {

    KubernetesClient client;
    KubernetesMockServer server;
    @TempDir
    Path work;
    FakeAzure azure;
    FakeHelm helm;
    Deployer deployer;

    @BeforeEach
    void setUp() {
        // As the ESO release installed them (installCRDs=true): with Helm's ownership metadata.
        for (String plural : List.of("externalsecrets", "secretstores")) {
            String kind = plural.equals("secretstores") ? "SecretStore" : "ExternalSecret";
            client.apiextensions().v1().customResourceDefinitions().resource(new CustomResourceDefinitionBuilder()
                    .withNewMetadata().withName(plural + ".external-secrets.io")
                    .addToLabels("app.kubernetes.io/managed-by", "Helm")
                    .addToAnnotations("meta.helm.sh/release-name", "external-secrets")
                    .addToAnnotations("meta.helm.sh/release-namespace", "airflow").endMetadata()
                    .withNewSpec().withGroup("external-secrets.io").withScope("Namespaced")
                    .withNewNames().withKind(kind).withPlural(plural).endNames()
                    .addNewVersion().withName("v1beta1").withServed(true).withStorage(true).endVersion()
                    .endSpec().build()).create();
        }
        azure = new FakeAzure();
        helm = new FakeHelm();
        deployer = new Deployer(TestConfigs.valid(Map.of()), new DeployClients(client, helm, azure),
                new DeployOptions(false, new Budgets(Duration.ofSeconds(5), Duration.ofSeconds(5),
                        Duration.ofSeconds(5)), work, Optional.empty()), ProgressListener.silent());
    }

    private static Change change(Plan plan, String targetPrefix) {
        return plan.steps().stream().flatMap(s -> s.changes().stream())
                .filter(c -> c.target().startsWith(targetPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no change for " + targetPrefix + " in\n" + plan.render()));
    }

    @Test
    void planOnAnEmptyClusterCreatesEverythingAndWritesNothing() {
        int before = server.getRequestCount();
        Plan plan = deployer.plan();
        assertTrue(plan.hasChanges());
        for (String t : List.of("Namespace airflow", "ServiceAccount airflow/airflow", "SecretStore airflow/azure-store",
                "ExternalSecret airflow/airflow-aks-azure-logs-secrets", "PersistentVolume pv-airflow-logs",
                "PersistentVolumeClaim airflow/pvc-airflow-logs", "helm release airflow/external-secrets",
                "helm release airflow/airflow", "azure federatedCredential", "azure accessPolicy")) {
            assertEquals(Action.CREATE, change(plan, t).action(), t);
        }
        assertTrue(server.getRequestCount() > before, "plan reads the live state");
        assertEquals(0, azure.writes);
        assertEquals(0, helm.writes);
        assertTrue(plan.render().contains("Plan: 10 to create, 0 to update, 0 to delete."), plan.render());
        assertTrue(plan.render().contains("repository: airflowaksacr.azurecr.io/airflow"),
                "plan shows the generated values file");
    }

    @Test
    void planShowsExactlyTheDrift() {
        var config = deployer.resolvedConfig();
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("airflow")
                .addToLabels(GuideNames.MANAGED_BY_KEY, GuideNames.MANAGED_BY).endMetadata().build()).create();
        client.serviceAccounts().inNamespace("airflow").resource(new ServiceAccountBuilder().withNewMetadata()
                .withName("airflow").withNamespace("airflow")
                .addToLabels(GuideNames.MANAGED_BY_KEY, GuideNames.MANAGED_BY)
                .addToAnnotations(ServiceAccountStep.CLIENT_ID_ANNOTATION, "99999999-9999-9999-9999-999999999999")
                .addToAnnotations(ServiceAccountStep.TENANT_ID_ANNOTATION, FakeAzure.TENANT)
                .endMetadata().build()).create();
        helm.put("external-secrets", "airflow", "deployed", "external-secrets-0.10.5", Map.of("installCRDs", true));
        helm.put("airflow", "airflow", "failed", "airflow-1.15.0", new ValuesGenerator().generate(config));

        Plan plan = deployer.plan();
        assertEquals(Action.UNCHANGED, change(plan, "Namespace airflow").action());
        Change sa = change(plan, "ServiceAccount airflow/airflow");
        assertEquals(Action.UPDATE, sa.action());
        assertEquals(List.of("metadata.annotations.azure.workload.identity/client-id: "
                + "\"99999999-9999-9999-9999-999999999999\" -> \"" + FakeAzure.CLIENT_ID + "\""), sa.diff());
        assertEquals(Action.UNCHANGED, change(plan, "helm release airflow/external-secrets").action());
        Change af = change(plan, "helm release airflow/airflow");
        assertEquals(Action.UPDATE, af.action());
        assertEquals(List.of("status: \"failed\" -> \"deployed\" (repair: uninstall and install again, "
                + "no revision was ever deployed)"), af.diff());
    }

    @Test
    void helmValueDriftIsShownAsAValuesDiff() {
        var config = deployer.resolvedConfig();
        Map<String, Object> drifted = new java.util.LinkedHashMap<>(new ValuesGenerator().generate(config));
        drifted.put("executor", "CeleryExecutor");
        helm.put("airflow", "airflow", "deployed", "airflow-1.15.0", drifted);
        Change af = change(deployer.plan(), "helm release airflow/airflow");
        assertEquals(Action.UPDATE, af.action());
        assertEquals(List.of("values.executor: \"CeleryExecutor\" -> \"KubernetesExecutor\""), af.diff());
    }

    @Test
    void destroyPlanKeepsPvBlobAndVaultSecretsUnlessPurge() {
        String kept = deployer.destroyPlan(false).render();
        assertTrue(kept.contains("k keep PersistentVolume pv-airflow-logs"), kept);
        assertTrue(kept.contains("k keep azure blobContainer airflowakslogs/airflow-logs"), kept);
        assertTrue(kept.contains("k keep azure vaultSecret airflow-aks-kv/AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY"), kept);
        String purge = deployer.destroyPlan(true).render();
        assertTrue(purge.contains("- delete azure blobContainer airflowakslogs/airflow-logs"), purge);
        assertTrue(purge.contains("- delete azure vaultSecret airflow-aks-kv/AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY"),
                purge);
        assertFalse(purge.contains("k keep"), purge);
        assertEquals(0, azure.writes);
    }
}
