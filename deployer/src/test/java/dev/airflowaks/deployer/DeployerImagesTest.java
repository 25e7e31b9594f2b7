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
@io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient(crud = true)
class DeployerImagesTest {

    io.fabric8.kubernetes.client.KubernetesClient kube;

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

    /**
     * The infrastructure article imports its images before the deploy article begins; apply starts the import after
     * its preflight and lets it run while the first steps do (an ACR import waits out ARM's {@code Retry-After}).
     * Here the federated credential step cannot finish until the import has begun, and the import cannot finish
     * until the credential exists: a sequential apply would import only at the images step, after the credential.
     */
    @Test
    void applyRunsTheImportWhileTheFirstStepsRunAndTheImagesStepWaitsForIt() throws Exception {
        helm.manifest = manifest(POSTGRES_COPY, ACR + "/airflow:2.9.3");
        java.util.concurrent.CountDownLatch importBegan = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch credentialPut = new java.util.concurrent.CountDownLatch(1);
        List<String> order = java.util.Collections.synchronizedList(new ArrayList<>());
        dev.airflowaks.deployer.azure.AzureGateway gateway = (dev.airflowaks.deployer.azure.AzureGateway)
                java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                        new Class<?>[] {dev.airflowaks.deployer.azure.AzureGateway.class}, (proxy, method, args) -> {
                            if (method.getName().equals("importImage")) {
                                order.add("import began");
                                importBegan.countDown();
                                credentialPut.await(10, java.util.concurrent.TimeUnit.SECONDS);
                            }
                            if (method.getName().equals("putFederatedCredential")) {
                                importBegan.await(10, java.util.concurrent.TimeUnit.SECONDS);
                            }
                            try {
                                return method.invoke(azure, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            } finally {
                                if (method.getName().equals("putFederatedCredential")) {
                                    order.add("credential put");
                                    credentialPut.countDown();
                                }
                                if (method.getName().equals("importImage")) {
                                    order.add("import done");
                                }
                            }
                        });
        ApplyResult result = new Deployer(TestConfigs.valid(Map.of()), new DeployClients(kube, helm, gateway),
                DeployOptions.defaults(work), new RecordingProgress(lines), List.of(new FederatedCredentialStep(),
                new ImagesStep(dev.airflowaks.guide.world.WorldFacts.load(),
                        c -> dev.airflowaks.deployer.fakes.FakeRegistry.offline()))).apply();
        assertTrue(result.succeeded(), result.toString());
        assertEquals(List.of("import began", "credential put", "import done"), order);
        assertEquals(List.of("docker.io/bitnamilegacy/postgresql:16.1.0-debian-11-r15 -> postgresql:16.1.0-debian-11-r15"),
                azure.imports, "imported once, not again by the images step");
        assertTrue(lines.stream().anyMatch(l -> l.contains("while the first steps run")), lines.toString());
    }
}
