package dev.airflowaks.conformance.launcher;

import dev.airflowaks.conformance.seed.GoodWorld;
import dev.airflowaks.conformance.seed.MockKubeconfig;
import dev.airflowaks.conformance.wait.WaitBudget;
import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.reports.model.ReportJson;
import dev.airflowaks.reports.model.RunReport;
import dev.airflowaks.reports.model.Status;
import dev.airflowaks.reports.model.Verdict;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The whole path `verify` takes: Launcher → extension → checks → results model, against a seeded mock. */
@EnableKubernetesMockClient(crud = true, https = false)
class ConformanceLauncherTest {

    KubernetesClient client;
    io.fabric8.kubernetes.client.server.mock.KubernetesMockServer server;
    @TempDir
    Path dir;

    @BeforeEach
    void seed() {
        GoodWorld.seed(client);
        GoodWorld.refreshedNow(client);
    }

    private RunReport run() {
        RunRequest request = RunRequest.kubeconfig(MockKubeconfig.kubeconfig(client, dir), Set.of(),
                        dir.resolve("evidence")).withEnvFile(MockKubeconfig.envFile(dir))
                .withParameter(WaitBudget.AIRFLOW_POD_READY.property(), "PT5S")
                .withParameter(WaitBudget.ESO_POD_READY.property(), "PT5S")
                .withParameter(WaitBudget.UI_REQUEST.property(), "PT2S");
        return new ConformanceLauncher().run(request);
    }

    private static Map<String, CheckResult> byId(RunReport report) {
        return report.checks().stream().collect(Collectors.toMap(CheckResult::id, Function.identity()));
    }

    /**
     * {@code verify} proves the API server answers before the suite starts, with the client the suite then uses: the
     * run must not build a second one for the same kubeconfig. Here the file's server is a closed port, so only the
     * connected client can reach the cluster.
     */
    @Test
    void aConnectedClusterIsUsedInsteadOfASecondClientForTheSameKubeconfig() throws Exception {
        Path kubeconfig = MockKubeconfig.kubeconfig(client, dir);
        Path elsewhere = dir.resolve("closed-port.yaml");
        java.nio.file.Files.writeString(elsewhere, java.nio.file.Files.readString(kubeconfig)
                .replace(client.getMasterUrl().toString().replaceAll("/$", ""), "http://127.0.0.1:1"));
        RunRequest request = RunRequest.kubeconfig(elsewhere, Set.of(), dir.resolve("evidence"))
                .withEnvFile(MockKubeconfig.envFile(dir))
                .withParameter(WaitBudget.AIRFLOW_POD_READY.property(), "PT5S")
                .withParameter(WaitBudget.ESO_POD_READY.property(), "PT5S")
                .withParameter(WaitBudget.UI_REQUEST.property(), "PT2S");
        RunReport report = new ConformanceLauncher().run(request, dev.airflowaks.deployer.interrupt.Interruption.none(),
                new dev.airflowaks.conformance.targeting.ConnectedCluster(elsewhere, client));
        assertEquals(Status.PASSED, byId(report).get("NamespaceCheck.namespaceIsActive").status(),
                byId(report).get("NamespaceCheck.namespaceIsActive").toString());
    }

    @Test
    void aConformingClusterPassesAndAzureChecksAreNotApplicable() {
        int before = server.getRequestCount();
        RunReport report = run();
        int requests = server.getRequestCount() - before;
        assertTrue(requests < 200, "a conformance run makes " + requests + " API requests; the budget is 200");
        Map<String, CheckResult> checks = byId(report);
        assertEquals(Status.PASSED, checks.get("NamespaceCheck.namespaceIsActive").status());
        assertEquals(Status.PASSED, checks.get("PodsCheck.componentsReady").status());
        CheckResult azure = checks.get("AzureSideCheck.federatedCredentialMatches");
        assertEquals(Status.NOT_APPLICABLE, azure.status());
        assertTrue(azure.reason().contains("missing AZURE"), azure.reason());
        assertEquals("phase: Active", checks.get("NamespaceCheck.namespaceIsActive").expected());
        assertFalse(report.grades().isEmpty(), "production readiness is graded separately");
        assertTrue(report.checks().stream().noneMatch(c -> c.id().startsWith("ProductionReadinessCheck")));
        assertEquals("external-secrets.io/v1beta1", report.environment().esoApiVersion());
        assertEquals("1.15.0 (app 2.9.3)", report.environment().chartVersions().get("airflow"));
        assertTrue(report.timeline().stream().anyMatch(t -> t.component().equals("airflow-scheduler") && t.ready()),
                String.valueOf(report.timeline()));
        CheckResult ui = checks.get("WebUiCheck.healthReportsHealthy");
        assertEquals(Status.BROKEN, ui.status(), "the mock cannot port-forward: broken, never passed or failed");
        assertTrue(report.checks().stream().filter(c -> c.status() == Status.FAILED).findAny().isEmpty(),
                () -> report.checks().stream().filter(c -> c.status() == Status.FAILED).map(c -> c.id() + ": " + c.actual() + " | " + c.rootCause())
                        .toList().toString());
    }

    @Test
    void aFaultIsFailedWithRootCauseAndEvidenceAndNoSecretValueAnywhere() throws Exception {
        client.secrets().inNamespace(GoodWorld.NS).withName("storage-account-credentials").edit(s -> {
            s.getData().remove("azurestorageaccountkey");
            return s;
        });
        RunReport report = run();
        assertEquals(Verdict.NOT_CONFORMANT, report.verdict());
        CheckResult keys = byId(report).get("ExternalSecretCheck.targetSecretHoldsKeys");
        assertEquals(Status.FAILED, keys.status());
        assertTrue(keys.rootCause().contains("Secret storage-account-credentials lacks key azurestorageaccountkey"),
                keys.rootCause());
        assertTrue(keys.fixHint().contains("deploy guide, step 'ExternalSecret'"), keys.fixHint());
        assertTrue(keys.evidence().stream().anyMatch(e -> e.name().equals("secret-storage-account-credentials.yaml")
                && e.content().contains("<redacted: ")), String.valueOf(keys.evidence().stream()
                .map(e -> e.name()).toList()));
        String json = new ReportJson().toJson(report);
        assertFalse(json.contains(GoodWorld.STORAGE_KEY), "the report holds no Secret value");
        assertFalse(json.contains(GoodWorld.b64(GoodWorld.STORAGE_ACCOUNT)), "nor a base64 Secret value");
        try (var files = Files.walk(dir.resolve("evidence"))) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(f);
                assertFalse(text.contains(GoodWorld.STORAGE_KEY), "evidence file " + f + " holds a Secret value");
            }
        }
    }

    @Test
    void aFailedCheckSaysWhyInOneLineNamingItsFirstFailingExpectation() {
        client.secrets().inNamespace(GoodWorld.NS).withName("sh.helm.release.v1.airflow.v1").delete();
        client.secrets().inNamespace(GoodWorld.NS).resource(dev.airflowaks.conformance.seed.HelmRecords.release(
                "airflow", GoodWorld.NS, 1, "pending-install", "airflow", "1.15.0", "2.9.3", Map.of(), "",
                java.util.List.of())).create();
        CheckResult release = byId(run()).get("AirflowReleaseCheck.releaseDeployed");
        assertEquals(Status.FAILED, release.status());
        assertEquals("status: expected deployed, actual pending-install", release.reason());
        assertTrue(release.actual().startsWith("release: installed"), "the full comparison list stays: "
                + release.actual());
    }

    @Test
    void aTargetThatCannotBeOpenedMakesEveryCheckBrokenNotFailed() {
        // a kubeconfig that is not there: deterministic on every machine (k3s would start where Docker runs)
        RunRequest request = RunRequest.kubeconfig(dir.resolve("no-such-kubeconfig"), Set.of(), dir.resolve("evidence"));
        RunReport report = new ConformanceLauncher().run(request);
        assertFalse(report.checks().isEmpty());
        assertTrue(report.checks().stream().allMatch(c -> c.status() == Status.BROKEN),
                report.checks().stream().map(c -> c.id() + "=" + c.status()).toList().toString());
        assertTrue(report.checks().get(0).rootCause().contains("no-such-kubeconfig does not exist"),
                report.checks().get(0).rootCause());
        assertEquals(Verdict.INCONCLUSIVE, report.verdict());
        assertTrue(report.checks().get(0).evidence().stream().anyMatch(e -> e.name().equals("failure.txt")
                && e.content().startsWith("broken: ")), "the @BeforeAll failure has evidence");
    }
}
