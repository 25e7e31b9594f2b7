package dev.airflowaks.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.azure.NoAzureGateway;
import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.fakes.FakeHelm;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.Plan;
import dev.airflowaks.deployer.progress.ProgressListener;
import dev.airflowaks.deployer.testing.RecordingProgress;
import dev.airflowaks.deployer.steps.Budgets;
import dev.airflowaks.deployer.kube.GuideNames;
import dev.airflowaks.deployer.steps.Step;
import dev.airflowaks.deployer.testing.ApplyingMockServer;
import dev.airflowaks.deployer.testing.FakeEso;
import dev.airflowaks.deployer.testing.RecordingAzure;
import dev.airflowaks.deployer.testing.TestConfigs;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinitionBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The local profile end to end on fabric8's CRUD mock (with a server-side-apply stand-in and a fake ESO that syncs
 * from the fake provider): plan, apply, a second plan and apply that change nothing and keep the same stand-in key,
 * destroy keeping the PV unless purging, the key never shown, and not one Azure call.
 */
class LocalProfileDeployerTest {

    private static final String ESO_VERSION = "external-secrets.io/v1beta1";

    @TempDir
    Path work;
    ApplyingMockServer mock;
    KubernetesClient client;
    FakeHelm helm;
    RecordingAzure azure;
    FakeEso eso;
    DeployConfig config;
    final List<String> lines = Collections.synchronizedList(new ArrayList<>());

    @BeforeEach
    void setUp() {
        mock = new ApplyingMockServer();
        client = mock.client();
        for (String kind : List.of("SecretStore", "ExternalSecret")) {
            String plural = kind.toLowerCase(java.util.Locale.ROOT) + "s";
            client.apiextensions().v1().customResourceDefinitions().resource(new CustomResourceDefinitionBuilder()
                    .withNewMetadata().withName(plural + ".external-secrets.io")
                    .addToLabels("app.kubernetes.io/managed-by", "Helm")
                    .addToAnnotations("meta.helm.sh/release-name", "external-secrets")
                    .addToAnnotations("meta.helm.sh/release-namespace", "airflow").endMetadata()
                    .withNewSpec().withGroup("external-secrets.io").withScope("Namespaced")
                    .withNewNames().withKind(kind).withPlural(plural).endNames()
                    .addNewVersion().withName("v1beta1").withServed(true).withStorage(true).endVersion()
                    .endSpec().withNewStatus().addNewCondition().withType("Established").withStatus("True")
                    .endCondition().endStatus().build()).create();
        }
        helm = new FakeHelm();
        azure = new RecordingAzure(new NoAzureGateway());
        eso = new FakeEso(client, ESO_VERSION, "airflow");
        config = TestConfigs.local(Map.of());
    }

    @AfterEach
    void tearDown() {
        eso.close();
        mock.close();
    }

    /** A new Deployer, as a new CLI run makes: new step instances, so nothing is remembered between runs. */
    private Deployer deployer() {
        ProgressListener progress = new RecordingProgress(lines);
        Budgets budgets = new Budgets(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(10));
        return new Deployer(config, new DeployClients(client, helm, azure.gateway),
                new DeployOptions(false, budgets, work, Optional.empty()), progress);
    }

    private static Change change(Plan plan, String targetPrefix) {
        return plan.steps().stream().flatMap(s -> s.changes().stream())
                .filter(c -> c.target().startsWith(targetPrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no change for " + targetPrefix + " in\n" + plan.render()));
    }

    private GenericKubernetesResource liveStore() {
        return client.genericKubernetesResources(ESO_VERSION, "SecretStore").inNamespace("airflow")
                .withName(GuideNames.SECRET_STORE).get();
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> fakeData(GenericKubernetesResource store) {
        return TestJson.at(store, "spec", "provider", "fake", "data");
    }

    private String liveKey() {
        return (String) fakeData(liveStore()).get(1).get("value");
    }

    private ApplyResult applyOk() {
        ApplyResult r = deployer().apply();
        assertTrue(r.succeeded(), r.steps() + "\n" + lines);
        return r;
    }

    @Test
    void theLocalProfileKeepsTheGuidesStepIds() {
        List<Step> steps = deployer().steps();
        assertEquals(List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "images", "10", "11"),
                steps.stream().map(Step::id).toList());
        for (int i : new int[] {1, 3, 7}) {
            assertTrue(steps.get(i).title().contains("local"), steps.get(i).title());
        }
    }

    @Test
    void planOnAnEmptyClusterCreatesTheStandInsAndMarksTheAzureStepsNotApplicable() {
        int writesBefore = mock.writes().size();
        Plan plan = deployer().plan();
        for (String t : List.of("Namespace airflow", "ServiceAccount airflow/airflow", "SecretStore airflow/azure-store",
                "ExternalSecret airflow/airflow-aks-azure-logs-secrets", "PersistentVolume pv-airflow-logs",
                "PersistentVolumeClaim airflow/pvc-airflow-logs", "helm release airflow/external-secrets",
                "helm release airflow/airflow")) {
            assertEquals(Action.CREATE, change(plan, t).action(), t);
        }
        for (String t : List.of("azure federatedCredential external-secret-operator", "azure accessPolicy")) {
            Change c = change(plan, t);
            assertEquals(Action.NOT_APPLICABLE, c.action(), t);
            assertEquals(List.of("not applicable: local profile has no Azure"), c.diff());
        }
        String text = plan.render();
        assertTrue(text.contains("  / not applicable azure federatedCredential external-secret-operator"), text);
        assertTrue(text.contains("Plan: 8 to create, 0 to update, 0 to delete."), text);
        assertTrue(text.contains("repository: docker.io/apache/airflow"), text);
        assertTrue(text.contains("storageClassName: local-path"), text);
        assertFalse(text.contains("azurecr.io"), text);
        assertEquals(writesBefore, mock.writes().size(), "plan is read-only: " + mock.writes());
        assertEquals(0, helm.writes);
        assertEquals(List.of(), azure.calls);
    }

    @Test
    void planWorksBeforeEsoIsInstalled() {
        client.apiextensions().v1().customResourceDefinitions().withName("secretstores.external-secrets.io").delete();
        client.apiextensions().v1().customResourceDefinitions().withName("externalsecrets.external-secrets.io")
                .delete();
        Plan plan = deployer().plan();
        assertEquals(Action.CREATE, change(plan, "SecretStore airflow/azure-store").action(), plan.render());
        assertEquals(List.of(), azure.calls);
    }

    @Test
    void applyBuildsTheStandInsAndASecondRunChangesNothingAndKeepsTheKey() {
        ApplyResult first = applyOk();
        Map<String, String> outcomes = new java.util.HashMap<>();
        first.steps().forEach(s -> outcomes.put(s.stepId(), s.outcome()));
        assertEquals("skipped (local profile)", outcomes.get("6"));
        assertEquals("skipped (local profile)", outcomes.get("7"));

        var sa = client.serviceAccounts().inNamespace("airflow").withName("airflow").get();
        assertTrue(sa.getMetadata().getAnnotations() == null || sa.getMetadata().getAnnotations().keySet().stream()
                .noneMatch(a -> a.startsWith("azure.workload.identity/")), "no workload identity annotations");
        assertEquals("local", sa.getMetadata().getLabels().get("airflow-aks.dev/profile"));
        var pv = client.persistentVolumes().withName(GuideNames.PV).get();
        assertEquals("/var/lib/rancher/k3s/storage/airflow-logs", pv.getSpec().getHostPath().getPath());
        assertNull(pv.getSpec().getCsi());
        String key = liveKey();
        assertEquals(48, Base64.getDecoder().decode(key).length);
        assertEquals("airflowakslogs", fakeData(liveStore()).get(0).get("value"));
        var secret = client.secrets().inNamespace("airflow").withName("storage-account-credentials").get();
        assertNotNull(secret, "the ExternalSecret synced from the fake provider");
        assertEquals(key, new String(Base64.getDecoder().decode(secret.getData().get("azurestorageaccountkey")),
                StandardCharsets.UTF_8));

        Plan second = deployer().plan();
        assertFalse(second.hasChanges(), second.render());
        Set<Action> allowed = Set.of(Action.UNCHANGED, Action.NOT_APPLICABLE);
        second.steps().forEach(s -> s.changes().forEach(c -> assertTrue(allowed.contains(c.action()), c.render())));
        assertEquals(Action.UNCHANGED, change(second, "SecretStore airflow/azure-store").action());

        int writes = mock.writes().size();
        int helmWrites = helm.writes;
        ApplyResult again = applyOk();
        assertTrue(again.steps().stream().filter(s -> !Set.of("6", "7", "9", "images", "11").contains(s.stepId()))
                .allMatch(s -> s.outcome().equals("unchanged")), again.steps().toString());
        assertEquals(writes, mock.writes().size(), "second apply writes nothing: " + mock.writes());
        assertEquals(helmWrites, helm.writes);
        assertEquals(key, liveKey(), "the stand-in key is reused, not regenerated");
        assertEquals(List.of(), azure.calls);
    }

    @Test
    void destroyKeepsThePvUnlessPurging() {
        applyOk();
        String kept = deployer().destroyPlan(false).render();
        assertTrue(kept.contains("k keep PersistentVolume pv-airflow-logs"), kept);
        assertTrue(kept.contains("k keep hostPath /var/lib/rancher/k3s/storage/airflow-logs on the node"), kept);
        assertTrue(kept.contains("- delete PersistentVolumeClaim airflow/pvc-airflow-logs"), kept);
        assertTrue(kept.contains("- delete SecretStore airflow/azure-store"), kept);
        assertFalse(kept.contains("azure "), "no Azure resource in the local teardown: " + kept);

        List<StepOutcome> removed = deployer().destroy(false);
        assertTrue(removed.stream().allMatch(StepOutcome::ok), removed.toString());
        assertNotNull(client.persistentVolumes().withName(GuideNames.PV).get(), "the Retain PV is kept");
        assertNull(client.persistentVolumeClaims().inNamespace("airflow").withName(GuideNames.PVC).get());
        assertNull(liveStore());
        assertNull(client.serviceAccounts().inNamespace("airflow").withName("airflow").get());
        assertTrue(helm.releases.isEmpty(), helm.releases.toString());

        String purge = deployer().destroyPlan(true).render();
        assertTrue(purge.contains("- delete PersistentVolume pv-airflow-logs"), purge);
        assertTrue(deployer().destroy(true).stream().allMatch(StepOutcome::ok));
        assertNull(client.persistentVolumes().withName(GuideNames.PV).get(), "--purge removes the PV");
        assertEquals(List.of(), azure.calls);
    }

    @Test
    void aFullLocalRunNeverCallsAzure() {
        Deployer d = deployer();
        d.plan();
        assertTrue(d.apply().succeeded(), lines.toString());
        d.status();
        d.destroyPlan(true);
        assertTrue(d.destroy(true).stream().allMatch(StepOutcome::ok));
        assertEquals(List.of(), azure.calls, "the local profile made an Azure call");
        assertTrue(lines.stream().noneMatch(l -> l.contains("makes no Azure call")), lines.toString());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theStandInKeyIsNeverShown() {
        applyOk();
        String key = liveKey();
        GenericKubernetesResource drifted = liveStore();
        fakeData(drifted).get(1).put("value", key + "-edited-" + key);
        client.resource(drifted).update();

        Plan plan = deployer().plan();
        Change store = change(plan, "SecretStore airflow/azure-store");
        assertEquals(Action.UNCHANGED, store.action(), "the live key is reused, whatever it is: " + store.render());
        fakeData(drifted = liveStore()).get(0).put("value", "someoneelse");
        client.resource(drifted).update();
        store = change(deployer().plan(), "SecretStore airflow/azure-store");
        assertEquals(Action.UPDATE, store.action());
        assertTrue(store.diff().stream().allMatch(d -> d.contains("(sensitive)")), store.diff().toString());

        String everything = String.join("\n", lines) + deployer().plan().render() + deployer().destroyPlan(true).render()
                + deployer().resolvedConfig().describe() + config;
        assertFalse(everything.contains(key), "the stand-in key leaked");
        assertFalse(everything.contains("someoneelse"), "values under fake.data are masked in diffs");
    }
}
