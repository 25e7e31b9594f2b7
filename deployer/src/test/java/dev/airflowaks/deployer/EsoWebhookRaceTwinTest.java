package dev.airflowaks.deployer;

import dev.airflowaks.deployer.steps.Budgets;
import dev.airflowaks.deployer.testing.RecordingProgress;
import dev.airflowaks.deployer.testing.TwinWorld;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ESO's webhook race (world fact {@code eso.webhook-race}, external-secrets#2037) against the twin: with the
 * webhook pod not Ready the API server refuses the SecretStore with {@code failed calling webhook
 * "validate.secretstore.external-secrets.io" … no endpoints available for service "external-secrets-webhook"}. The
 * deployer waits for the endpoints within its {@code esoWebhook} budget and then succeeds, or reports that message
 * and what to check when the race outlives the budget.
 */
class EsoWebhookRaceTwinTest {

    static final String NO_ENDPOINTS = "failed calling webhook \"validate.secretstore.external-secrets.io\": failed to call webhook: "
            + "Post \"https://external-secrets-webhook.airflow.svc:443/validate-external-secrets-io-v1beta1-secretstore?timeout=5s\": "
            + "no endpoints available for service \"external-secrets-webhook\"";

    @TempDir
    Path work;
    TwinWorld world;
    final List<String> lines = new CopyOnWriteArrayList<>();
    final ScheduledExecutorService later = Executors.newSingleThreadScheduledExecutor();

    @BeforeEach
    void installEsoThenTakeItsWebhookDown() {
        world = new TwinWorld(work);
        var config = world.config();
        ApplyResult upToEso = new Deployer(config, world.clients(config), world.options().withStopAfterStep("3"),
                new RecordingProgress(lines)).apply();
        assertTrue(upToEso.steps().stream().allMatch(StepOutcome::ok), upToEso.steps().toString());
        scaleWebhook(0);
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var ep = world.client.endpoints().inNamespace("airflow").withName("external-secrets-webhook").get();
            return ep == null || ep.getSubsets() == null || ep.getSubsets().stream().allMatch(s -> s.getAddresses() == null
                    || s.getAddresses().isEmpty());
        });
    }

    @AfterEach
    void stop() {
        later.shutdownNow();
        world.close();
    }

    private void scaleWebhook(int replicas) {
        world.client.apps().deployments().inNamespace("airflow").withName("external-secrets-webhook").scale(replicas);
    }

    private ApplyResult apply(Duration webhookBudget) {
        var config = world.config();
        return new Deployer(config, world.clients(config), world.options().withBudgets(new Budgets(Duration.ofSeconds(60),
                Duration.ofMinutes(2), Duration.ofMinutes(1), webhookBudget)), new RecordingProgress(lines)).apply();
    }

    @Test
    void secretStoreStepWaitsForTheWebhookAndThenSucceeds() {
        java.util.concurrent.atomic.AtomicBoolean scaled = new java.util.concurrent.atomic.AtomicBoolean();
        later.scheduleWithFixedDelay(() -> {
            if (lines.stream().anyMatch(l -> l.contains("is not callable yet")) && scaled.compareAndSet(false, true)) {
                scaleWebhook(1);
            }
        }, 100, 100, TimeUnit.MILLISECONDS);
        ApplyResult r = apply(Duration.ofSeconds(60));
        assertTrue(r.succeeded(), r.steps() + "\n" + String.join("\n", lines));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("info") && l.contains(NO_ENDPOINTS)), String.join("\n", lines));
        assertTrue(lines.contains("4 create"), String.join("\n", lines));
    }

    @Test
    void aRacePersistingBeyondTheBudgetIsReportedWithTheApiServersMessage() {
        ApplyResult r = apply(Duration.ofSeconds(3));
        assertFalse(r.succeeded());
        String failure = lines.stream().filter(l -> l.startsWith("4 FAILED")).findFirst().orElse(String.join("\n", lines));
        assertTrue(failure.contains("still refuses SecretStore azure-store after the esoWebhook budget (PT3S)"), failure);
        assertTrue(failure.contains(NO_ENDPOINTS), failure);
        assertTrue(failure.contains("external-secrets-webhook pod in airflow is Ready"), failure);
    }
}
