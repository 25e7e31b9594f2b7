package dev.airflowaks.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.progress.PrintingProgress;
import dev.airflowaks.deployer.progress.ProgressStore;
import dev.airflowaks.deployer.testing.TwinWorld;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An apply interrupted after step 5 resumes from the cluster-recorded progress without redoing steps 1-5. */
class DeployerResumeTwinTest {

    @TempDir
    Path work;

    @Test
    void interruptedAfterStep5ThenResumed() {
        try (TwinWorld world = new TwinWorld(work)) {
            var config = world.config();
            ApplyResult first = new Deployer(config, world.clients(config),
                    world.options().withStopAfterStep("5"), new PrintingProgress(System.out, 11)).apply();
            assertFalse(first.succeeded());
            assertEquals(List.of("1", "2", "3", "4", "5"), first.steps().stream().map(StepOutcome::stepId).toList());
            Map<String, String> recorded = world.client.configMaps().inNamespace("airflow")
                    .withName(ProgressStore.NAME).get().getData();
            assertEquals(Map.of("step-1", "done", "step-2", "done", "step-3", "done", "step-4", "done",
                    "step-5", "done"), recorded, "progress is recorded in the cluster");

            world.stats().reset();
            ApplyResult resumed = new Deployer(config, world.clients(config), world.options(),
                    new PrintingProgress(System.out, 11)).apply();
            assertTrue(resumed.succeeded(), resumed.steps().toString());
            assertEquals(List.of("1", "2", "3", "4", "5"), resumed.resumedAfter());
            assertEquals(List.of("unchanged", "unchanged", "unchanged", "unchanged", "unchanged"),
                    resumed.steps().subList(0, 5).stream().map(StepOutcome::outcome).toList(),
                    "steps done before the interruption are checked, not redone");
            assertTrue(resumed.steps().get(5).outcome().equals("create"), resumed.steps().toString());
            assertFalse(new Deployer(config, world.clients(config), world.options(),
                    dev.airflowaks.deployer.progress.ProgressListener.silent()).plan()
                    .hasChanges());
        }
    }
}
