package dev.airflowaks.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.fakes.FakeAzure;
import dev.airflowaks.deployer.fakes.FakeHelm;
import dev.airflowaks.deployer.plan.Plan;
import dev.airflowaks.deployer.steps.FederatedCredentialStep;
import dev.airflowaks.deployer.steps.ImageNotFoundException;
import dev.airflowaks.deployer.steps.ImagesStep;
import dev.airflowaks.deployer.testing.RecordingProgress;
import dev.airflowaks.deployer.testing.TestConfigs;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The images step inside a whole apply and plan: bad input before any change, and plan's deviations section. */
class DeployerImagesTest {

    private static final String ACR = "airflowaksacr.azurecr.io";
    private static final String POSTGRES_COPY = ACR + "/postgresql:16.1.0-debian-11-r15";

    @TempDir
    Path work;

    private final FakeAzure azure = new FakeAzure();
    private final FakeHelm helm = new FakeHelm();
    private final List<String> lines = new ArrayList<>();

    private static String manifest(String postgres, String airflow) {
        return "spec:\n  containers:\n    - {name: postgresql, image: " + postgres + "}\n    - {name: scheduler, image: "
                + airflow + "}\n";
    }

    @Test
    void applyStopsBeforeItsFirstChangeWhenAnImageIsFoundNowhere() {
        helm.manifest = manifest(POSTGRES_COPY, ACR + "/airflow:9.9.9");
        Deployer deployer = new Deployer(TestConfigs.valid(Map.of()), new DeployClients(null, helm, azure),
                DeployOptions.defaults(work), new RecordingProgress(lines),
                List.of(new FederatedCredentialStep(), new ImagesStep(dev.airflowaks.guide.world.WorldFacts.load(), c -> dev.airflowaks.deployer.fakes.FakeRegistry.offline())));
        assertThrows(ImageNotFoundException.class, deployer::apply);
        assertEquals(0, azure.writes, "nothing changed");
        assertTrue(azure.fics.isEmpty());
    }

    @Test
    void planListsTheDeviationWithReasonDateAndSourceAndVerbatimListsNone() {
        helm.manifest = manifest(POSTGRES_COPY, ACR + "/airflow:2.9.3");
        Plan plan = new Deployer(TestConfigs.valid(Map.of()), new DeployClients(null, helm, azure),
                DeployOptions.defaults(work), new RecordingProgress(lines), List.of(new ImagesStep(dev.airflowaks.guide.world.WorldFacts.load(), c -> dev.airflowaks.deployer.fakes.FakeRegistry.offline()))).plan();
        String text = plan.render();
        assertTrue(text.contains("Deviations from the guide") && text.contains("infrastructure guide, step 'import "
                + "images': import docker.io/bitnamilegacy/postgresql:16.1.0-debian-11-r15") && text.contains(
                "(since 2025-08-28)") && text.contains("bitnami/containers#83267"), text);
        helm.manifest = manifest("docker.io/bitnami/postgresql:16.1.0-debian-11-r15", ACR + "/airflow:2.9.3");
        Plan verbatim = new Deployer(TestConfigs.valid(Map.of()), new DeployClients(null, helm, azure),
                DeployOptions.defaults(work).withVerbatim(true), new RecordingProgress(lines),
                List.of(new ImagesStep(dev.airflowaks.guide.world.WorldFacts.load(), c -> dev.airflowaks.deployer.fakes.FakeRegistry.offline()))).plan();
        assertFalse(verbatim.render().contains("Deviations from the guide"), verbatim.render());
    }
}
