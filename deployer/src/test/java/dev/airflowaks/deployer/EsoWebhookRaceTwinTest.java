package dev.airflowaks.deployer;

import dev.airflowaks.deployer.steps.Budgets;
import dev.airflowaks.deployer.testing.RecordingProgress;
import dev.airflowaks.deployer.testing.TwinWorld;
import dev.airflowaks.targets.faults.Fault;
import dev.airflowaks.targets.faults.FaultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ESO's webhook race (world fact {@code eso.webhook-race}, external-secrets#2037) outliving the deployer's budget.
 * The twin's {@code eso-webhook-not-ready} fault keeps the webhook out of its Service's endpoints after the ESO
 * install, so the API server refuses the SecretStore with {@code failed calling webhook
 * "validate.secretstore.external-secrets.io" … no endpoints available for service "external-secrets-webhook"}. With
 * an {@code esoWebhook} budget shorter than the hold, the step fails with that message and what to check. (The race
 * that ends within the budget: {@link EsoWebhookNotReadyFaultTwinTest}. Scaling the webhook to 0 is no longer a way to
 * cause it: the deployer rightly stops on "scaled below the guide" then.)
 */
class EsoWebhookRaceTwinTest {

    static final String NO_ENDPOINTS = "failed calling webhook \"validate.secretstore.external-secrets.io\": failed to call webhook: "
            + "Post \"https://external-secrets-webhook.airflow.svc:443/validate-external-secrets-io-v1beta1-secretstore?timeout=5s\": "
            + "no endpoints available for service \"external-secrets-webhook\"";

    @TempDir
    Path work;
    TwinWorld world;
    final List<String> lines = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void aRacePersistingBeyondTheBudgetIsReportedWithTheApiServersMessage() {
        world = new TwinWorld(work, List.of(), FaultSet.of(List.of(Fault.ESO_WEBHOOK_NOT_READY)));
        var config = world.config();
        ApplyResult r = new Deployer(config, world.clients(config), world.options().withBudgets(new Budgets(
                Duration.ofSeconds(60), Duration.ofMinutes(2), Duration.ofMinutes(1), Duration.ofSeconds(3))),
                new RecordingProgress(lines)).apply();
        assertFalse(r.succeeded());
        String failure = lines.stream().filter(l -> l.startsWith("4 FAILED")).findFirst().orElse(String.join("\n", lines));
        assertTrue(failure.contains("still refuses SecretStore azure-store after the esoWebhook budget"), failure);
        assertTrue(failure.contains(NO_ENDPOINTS), failure);
        assertTrue(failure.contains("external-secrets-webhook pod in airflow is Ready"), failure);
    }
}
