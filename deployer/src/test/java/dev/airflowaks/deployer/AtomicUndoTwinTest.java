package dev.airflowaks.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.steps.NamespaceStep;
import dev.airflowaks.deployer.testing.RecordingProgress;
import dev.airflowaks.deployer.testing.TwinWorld;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13: a failed apply left the managed-by label it had added to the user's existing Namespace. By default a
 * failure keeps it (and says how to resume); with {@code --atomic} the undo restores the Namespace as it was, so no
 * half-done change of an earlier step remains. On the twin, whose API server does real server-side apply.
 */
class AtomicUndoTwinTest {

    @TempDir
    Path work;

    @Test
    void atomicUndoRestoresAnObjectAnEarlierStepUpdated() {
        try (TwinWorld world = new TwinWorld(work)) {
            DeployConfig config = world.config();
            var namespaces = world.client.namespaces();
            namespaces.resource(new NamespaceBuilder().withNewMetadata().withName(config.namespace())
                    .addToLabels("team", "data").endMetadata().build()).create();

            ApplyResult kept = run(world, config, false);
            assertFalse(kept.succeeded());
            assertEquals("airflow-aks-deployer", namespaces.withName(config.namespace()).get().getMetadata()
                    .getLabels().get("app.kubernetes.io/managed-by"), "kept by default");

            namespaces.withName(config.namespace()).edit(n -> {
                n.getMetadata().getLabels().remove("app.kubernetes.io/managed-by");
                return n;
            });
            ApplyResult undone = run(world, config, true);
            assertFalse(undone.succeeded());
            assertTrue(undone.undone().stream().anyMatch(u -> u.startsWith("restore Namespace " + config.namespace())),
                    undone.undone().toString());
            assertTrue(undone.undoFailures().isEmpty(), undone.undoFailures().toString());
            Map<String, String> labels = namespaces.withName(config.namespace()).get().getMetadata().getLabels();
            assertEquals("data", labels.get("team"));
            assertFalse(labels.containsKey("app.kubernetes.io/managed-by"),
                    "--atomic leaves no half-done change of an earlier step: " + labels);
        }
    }

    private static ApplyResult run(TwinWorld world, DeployConfig config, boolean atomic) {
        List<String> lines = new ArrayList<>();
        return new Deployer(config, world.clients(config), world.options().withAtomic(atomic),
                new RecordingProgress(lines), List.of(new NamespaceStep(), new DeployerApplyTest.Boom())).apply();
    }
}
