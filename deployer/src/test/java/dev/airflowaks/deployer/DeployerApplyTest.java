package dev.airflowaks.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.fakes.FakeAzure;
import dev.airflowaks.deployer.fakes.FakeHelm;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.StepPlan;
import dev.airflowaks.deployer.progress.ProgressListener;
import dev.airflowaks.deployer.testing.RecordingProgress;
import dev.airflowaks.deployer.steps.AccessPolicyStep;
import dev.airflowaks.deployer.steps.DeployContext;
import dev.airflowaks.deployer.steps.FederatedCredentialStep;
import dev.airflowaks.deployer.steps.Step;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.deployer.testing.TestConfigs;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Apply semantics with the Azure steps (6 and 7) on a fake Azure and a failing step after them: undo registered
 * before acting, keep on failure by default (as Terraform), undo only with --atomic (as Helm) and never after an
 * interrupt, idempotence (second apply: zero Azure writes), progress lines.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class DeployerApplyTest {

    KubernetesClient client;
    @TempDir
    Path work;
    FakeAzure azure;
    List<String> lines;

    /** A step that fails on demand, standing in for a later guide step. */
    static final class Boom implements Step {
        boolean fail = true;
        RuntimeException failure = new IllegalStateException("simulated failure");

        @Override
        public GuideStepId guideStep() {
            return GuideStepId.LOGS_VOLUME;
        }

        @Override
        public String title() {
            return "failing step";
        }

        @Override
        public StepPlan plan(DeployContext ctx) {
            return new StepPlan(id(), title(), List.of());
        }

        @Override
        public String apply(DeployContext ctx) {
            if (fail) {
                throw failure;
            }
            return "ok";
        }

        @Override
        public List<Change> planDestroy(DeployContext ctx, boolean purge) {
            return List.of();
        }

        @Override
        public void destroy(DeployContext ctx, boolean purge) {
        }
    }

    @BeforeEach
    void setUp() {
        azure = new FakeAzure();
        lines = new ArrayList<>();
    }

    private Deployer deployer(boolean atomic, Step... steps) {
        ProgressListener progress = new RecordingProgress(lines);
        return new Deployer(TestConfigs.valid(Map.of()), new DeployClients(client, new FakeHelm(), azure),
                DeployOptions.defaults(work).withAtomic(atomic), progress, List.of(steps));
    }

    @Test
    void atomicFailureUndoesWhatThisRunCreatedInReverseOrder() {
        ApplyResult r = deployer(true, new FederatedCredentialStep(), new AccessPolicyStep(), new Boom()).apply();
        assertFalse(r.succeeded());
        assertEquals(2, r.undone().size(), r.undone().toString());
        assertTrue(r.undone().get(0).startsWith("remove azure accessPolicy"), "last registered is undone first");
        assertTrue(azure.fics.isEmpty(), "federated credential removed");
        assertTrue(azure.policies.isEmpty(), "access policy removed");
        assertTrue(lines.contains("8 FAILED simulated failure"), lines.toString());
    }

    @Test
    void byDefaultAFailureKeepsItSaysHowToResumeOrUndoAndTheNextApplyResumesWithoutRewriting() {
        Boom boom = new Boom();
        ApplyResult first = deployer(false, new FederatedCredentialStep(), new AccessPolicyStep(), boom).apply();
        assertFalse(first.succeeded());
        assertTrue(first.undone().isEmpty());
        assertEquals(1, azure.fics.size());
        assertEquals(1, azure.policies.size());
        assertTrue(lines.stream().anyMatch(l -> l.contains("Kept what this run did") && l.contains("--atomic")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("To resume") && l.contains("continues at step 8")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("To undo: run destroy")), lines.toString());
        int writes = azure.writes;
        boom.fail = false;
        ApplyResult second = deployer(false, new FederatedCredentialStep(), new AccessPolicyStep(), boom).apply();
        assertTrue(second.succeeded());
        assertEquals(writes, azure.writes, "steps done before are checked, not redone");
        assertEquals(List.of("unchanged", "unchanged", "ok"),
                second.steps().stream().map(StepOutcome::outcome).toList());
    }

    @Test
    void anInterruptNeverUndoesEvenWithAtomic() {
        Boom interrupted = new Boom();
        interrupted.failure = new ApplyInterruptedException("SIGINT");
        ApplyResult r = deployer(true, new FederatedCredentialStep(), new AccessPolicyStep(), interrupted).apply();
        assertFalse(r.succeeded());
        assertTrue(r.undone().isEmpty(), r.undone().toString());
        assertEquals(1, azure.fics.size(), "kept: an interrupt asks to stop, not to write more");
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("info Interrupted: nothing is undone")), lines.toString());
    }

    @Test
    void failurePolicyUndoesOnlyAtomicNonInterruptFailures() {
        var wrapped = new IllegalStateException("helm install", new InterruptedException());
        assertTrue(new FailurePolicy(true).undo(new IllegalStateException("boom")));
        assertFalse(new FailurePolicy(false).undo(new IllegalStateException("boom")));
        assertFalse(new FailurePolicy(true).undo(wrapped), "an interrupt deep in the cause chain");
        assertFalse(new FailurePolicy(true).undo(new java.io.InterruptedIOException()));
        assertTrue(new FailurePolicy(true).undo(new java.io.UncheckedIOException(new java.net.SocketTimeoutException())),
                "a timeout is a failure, not an interrupt");
    }

    @Test
    void secondApplyMakesNoAzureWritesAndNeverDuplicatesThePolicy() {
        assertTrue(deployer(false, new FederatedCredentialStep(), new AccessPolicyStep()).apply().succeeded());
        int writes = azure.writes;
        assertEquals(2, writes);
        assertTrue(deployer(false, new FederatedCredentialStep(), new AccessPolicyStep()).apply().succeeded());
        assertEquals(writes, azure.writes);
        assertEquals(1, azure.policies.size());
        assertEquals(FakeAzure.ISSUER, azure.fics.get("external-secret-operator").issuer());
        assertEquals("system:serviceaccount:airflow:airflow", azure.fics.get("external-secret-operator").subject());
    }

    @Test
    void aChangedIssuerIsPlannedAsAnUpdateWithDiff() {
        deployer(false, new FederatedCredentialStep()).apply();
        var old = azure.fics.get("external-secret-operator");
        azure.fics.put(old.name(), new dev.airflowaks.deployer.azure.FederatedCredential(old.name(),
                "https://old-issuer.example/", old.subject(), old.audiences()));
        Change c = deployer(false, new FederatedCredentialStep()).plan().steps().get(0).changes().get(0);
        assertEquals(Action.UPDATE, c.action());
        assertEquals(List.of("issuer: \"https://old-issuer.example/\" -> \"" + FakeAzure.ISSUER + "\""), c.diff());
    }

    @Test
    void progressHasOneLinePerStepAndTheConfigurationOnceMasked() {
        var env = new java.util.HashMap<String, String>();
        env.put("AZURE_CLIENT_ID", FakeAzure.CLIENT_ID);
        env.put("AZURE_TENANT_ID", FakeAzure.TENANT);
        env.put("AZURE_CLIENT_SECRET", "do-not-print-me");
        var out = new java.io.ByteArrayOutputStream();
        var printing = new dev.airflowaks.deployer.progress.PrintingProgress(new java.io.PrintStream(out, true), 2);
        Deployer d = new Deployer(TestConfigs.valid(env), new DeployClients(client, new FakeHelm(), azure),
                DeployOptions.defaults(work), printing, List.of(new FederatedCredentialStep(), new AccessPolicyStep()));
        d.apply();
        String text = out.toString();
        assertFalse(text.contains("do-not-print-me"), text);
        assertEquals(1, text.split("Resolved configuration:", -1).length - 1, text);
        assertTrue(text.matches("(?s).*\\[ 6/2\\] Federated credential \\.+ create \\(\\d+\\.\\ds\\).*"), text);
        assertTrue(text.matches("(?s).*\\[ 7/2\\] Key Vault access policy \\(secrets get\\) \\.+ create \\(.*"), text);
    }
}
