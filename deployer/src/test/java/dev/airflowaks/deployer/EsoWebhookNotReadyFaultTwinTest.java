package dev.airflowaks.deployer;

import dev.airflowaks.deployer.testing.RecordingProgress;
import dev.airflowaks.deployer.testing.TwinWorld;
import dev.airflowaks.targets.faults.Fault;
import dev.airflowaks.targets.faults.FaultSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code twin start --fault eso-webhook-not-ready}: ESO's webhook pod is Ready (so Helm's wait for the ESO release
 * ends) but stays out of its Service's ready endpoints for a while, as on AKS right after an ESO install
 * (external-secrets#2037). The deployer's SecretStore step meets {@code no endpoints available for service
 * "external-secrets-webhook"}, says it waits for the webhook within its {@code esoWebhook} budget, and converges.
 */
class EsoWebhookNotReadyFaultTwinTest {

    @TempDir
    Path work;
    TwinWorld world;

    @AfterEach
    void stop() {
        if (world != null) {
            world.close();
        }
    }

    @Test
    void theDeployerWaitsOutTheUnreadyWebhookAndConverges() {
        world = new TwinWorld(work, List.of(), FaultSet.of(List.of(Fault.ESO_WEBHOOK_NOT_READY)));
        List<String> lines = new CopyOnWriteArrayList<>();
        var config = world.config();
        ApplyResult r = new Deployer(config, world.clients(config), world.options(), new RecordingProgress(lines)).apply();
        String log = String.join("\n", lines);
        assertTrue(r.succeeded(), r.steps() + "\n" + log);
        assertTrue(lines.stream().anyMatch(l -> l.contains("ESO's admission webhook validate.secretstore.external-secrets.io"
                + " is not callable yet; waiting") && l.contains(EsoWebhookRaceTwinTest.NO_ENDPOINTS)), log);
        assertTrue(lines.stream().anyMatch(l -> l.contains("endpoints of Service airflow/external-secrets-webhook")), log);
    }
}
