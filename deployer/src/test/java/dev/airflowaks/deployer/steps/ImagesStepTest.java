package dev.airflowaks.deployer.steps;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.deviations.GuideDeviations;
import dev.airflowaks.deployer.fakes.FakeAzure;
import dev.airflowaks.deployer.fakes.FakeHelm;
import dev.airflowaks.deployer.fakes.FakeRegistry;
import dev.airflowaks.guide.world.WorldFacts;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.StepPlan;
import dev.airflowaks.deployer.teardown.Teardown;
import dev.airflowaks.deployer.testing.RecordingProgress;
import dev.airflowaks.deployer.testing.TestConfigs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The images step against an in-memory ACR and a fixed rendered manifest: found, imported (the bitnamilegacy
 * deviation, world fact registry.bitnami-versioned-tags-moved), and found nowhere (bad input before any change).
 */
class ImagesStepTest {

    private static final String ACR = "airflowaksacr.azurecr.io";
    private static final String POSTGRES_COPY = ACR + "/postgresql:16.1.0-debian-11-r15";

    private final FakeAzure azure = new FakeAzure();
    private final FakeHelm helm = new FakeHelm();
    private final List<String> lines = new ArrayList<>();
    /** Docker Hub as it answers today (fact registry.bitnami-versioned-tags-moved), on loopback. */
    private final FakeRegistry hub = new FakeRegistry(Set.of(
            "docker.io/bitnamilegacy/postgresql:16.1.0-debian-11-r15", "docker.io/library/postgres:16"));

    @AfterEach
    void stopRegistry() {
        hub.close();
    }

    private ImagesStep step() {
        return new ImagesStep(WorldFacts.load(), c -> hub.client());
    }

    /** A rendered release: an ACR Airflow pod with an init container, and a postgres StatefulSet. */
    static String manifest(String postgresImage, String airflowImage) {
        return """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: airflow-scheduler}
                spec:
                  template:
                    spec:
                      initContainers:
                        - {name: wait-for-airflow-migrations, image: %2$s}
                      containers:
                        - {name: scheduler, image: %2$s}
                ---
                apiVersion: apps/v1
                kind: StatefulSet
                metadata: {name: airflow-postgresql}
                spec:
                  template:
                    spec:
                      containers:
                        - {name: postgresql, image: %1$s}
                """.formatted(postgresImage, airflowImage);
    }

    private DeployContext ctx(boolean verbatim) {
        return new DeployContext(TestConfigs.valid(Map.of()), null, null, helm, azure,
                new ValuesGenerator(verbatim ? GuideDeviations.verbatim() : GuideDeviations.applied()),
                Budgets.defaults(), new Teardown(), new RecordingProgress(lines), false);
    }

    @Test
    void theRenderedReleasesImagesAreListedFromTheManifestPlusTheHooksImage() {
        assertEquals(List.of("a/hook:1", ACR + "/airflow:2.9.3", "docker.io/x/pg:1"),
                ReleaseImages.of(manifest("docker.io/x/pg:1", ACR + "/airflow:2.9.3"), List.of("a/hook:1")));
    }

    @Test
    void foundImagesAreCheckedAndNothingIsImported() {
        helm.manifest = manifest("docker.io/bitnamilegacy/postgresql:16.1.0-debian-11-r15", ACR + "/airflow:2.9.3");
        StepPlan plan = step().plan(ctx(false));
        assertTrue(plan.changes().stream().allMatch(c -> c.action() == Action.UNCHANGED), plan.toString());
        assertEquals("unchanged (checked 2 images)", step().apply(ctx(false)));
        assertTrue(azure.imports.isEmpty());
    }

    @Test
    void theChartsGonePostgresIsImportedFromBitnamilegacyIntoTheGuidesAcr() {
        Map<String, Object> values = new ValuesGenerator(GuideDeviations.applied()).generate(TestConfigs.valid(Map.of()));
        @SuppressWarnings("unchecked")
        Map<String, Object> pgImage = (Map<String, Object>) ((Map<String, Object>) values.get("postgresql")).get("image");
        assertEquals(Map.of("registry", ACR, "repository", "postgresql", "tag", "16.1.0-debian-11-r15"), pgImage);
        helm.manifest = manifest(POSTGRES_COPY, ACR + "/airflow:2.9.3");
        StepPlan plan = step().plan(ctx(false));
        assertTrue(plan.changes().stream().anyMatch(c -> c.action() == Action.CREATE && c.target().equals(
                "azure acr import docker.io/bitnamilegacy/postgresql:16.1.0-debian-11-r15 -> " + POSTGRES_COPY)),
                plan.toString());
        assertEquals("imported 1, checked 2 images", step().apply(ctx(false)));
        assertEquals(List.of("docker.io/bitnamilegacy/postgresql:16.1.0-debian-11-r15 -> postgresql:16.1.0-debian-11-r15"),
                azure.imports);
        assertTrue(step().plan(ctx(false)).changes().stream().allMatch(c -> c.action() == Action.UNCHANGED),
                "a second plan finds the copy in ACR");
    }

    @Test
    void verbatimKeepsThePublishedImageAndOnlyReportsIt() {
        Map<String, Object> values = new ValuesGenerator(GuideDeviations.verbatim()).generate(TestConfigs.valid(Map.of()));
        assertEquals(Map.of("enabled", true), values.get("postgresql"), "no postgresql.image override");
        helm.manifest = manifest("docker.io/bitnami/postgresql:16.1.0-debian-11-r15", ACR + "/airflow:2.9.3");
        assertEquals("unchanged (checked 2 images)", step().apply(ctx(true)));
        assertTrue(azure.imports.isEmpty());
        assertTrue(lines.stream().anyMatch(l -> l.contains("docker.io/bitnami/postgresql:16.1.0-debian-11-r15")
                && l.contains("not found") && l.contains("--verbatim")), lines.toString());
    }

    @Test
    void anImageFoundNowhereIsBadInputNamingTheImageWhereItLookedAndTheFix() {
        helm.manifest = manifest(POSTGRES_COPY, ACR + "/airflow:9.9.9");
        ImageNotFoundException e = assertThrows(ImageNotFoundException.class,
                () -> step().check(ctx(false)));
        assertEquals(1, e.missing().size(), e.getMessage());
        assertTrue(e.getMessage().contains("image " + ACR + "/airflow:9.9.9: not in ACR airflowaksacr "
                + "(HEAD /v2/airflow/manifests/9.9.9: 404)") && e.getMessage().contains(
                "fix: import it as infrastructure guide, step 'import images' does: az acr import --name airflowaksacr"),
                e.getMessage());
    }

    /** twin start --fault image-missing: an image the article imports is missing, so the fix is its own import. */
    @Test
    void anArticleImportMissingFromTheAcrNamesItsOwnImportCommand() {
        azure.acrImages.remove("airflow:2.9.3");
        helm.manifest = manifest(POSTGRES_COPY, ACR + "/airflow:2.9.3");
        ImageNotFoundException e = assertThrows(ImageNotFoundException.class, () -> step().check(ctx(false)));
        assertTrue(e.getMessage().contains("fix: import it as infrastructure guide, step 'import images' does: az acr "
                + "import --name airflowaksacr --source docker.io/apache/airflow:2.9.3 --image airflow:2.9.3"),
                e.getMessage());
    }

    @Test
    void thePublishedGonePostgresWithoutVerbatimIsBadInputNamingTheDeviation() {
        helm.manifest = manifest("docker.io/bitnami/postgresql:16.1.0-debian-11-r15", ACR + "/airflow:2.9.3");
        ImageNotFoundException e = assertThrows(ImageNotFoundException.class,
                () -> step().check(ctx(false)));
        assertTrue(e.getMessage().contains("public registry answers not found")
                && e.getMessage().contains("postgresql.image"), e.getMessage());
    }

    @Test
    void aPublicImageTheCatalogueLacksIsAskedOfItsRegistryThroughTheAnonymousTokenFlow() {
        helm.manifest = manifest("postgres:16", ACR + "/airflow:2.9.3");
        List<ImageCheck> checks = step().check(ctx(false));
        ImageCheck pg = checks.stream().filter(c -> c.image().equals("postgres:16")).findFirst().orElseThrow();
        assertEquals(ImageCheck.Verdict.FOUND, pg.verdict(), pg.describe());
        assertTrue(pg.where().contains("/docker.io/v2/library/postgres/manifests/16: 200"), pg.where());
        assertTrue(hub.requests.contains("GET /docker.io/token"), "challenge answered: " + hub.requests);
    }

    @Test
    void aPublicImageItsRegistryDoesNotServeIsBadInputEvenWhenTheCatalogueNeverHeardOfIt() {
        helm.manifest = manifest("docker.io/library/postgres:99", ACR + "/airflow:2.9.3");
        ImageNotFoundException e = assertThrows(ImageNotFoundException.class, () -> step().check(ctx(false)));
        assertTrue(e.getMessage().contains("docker.io/library/postgres:99: public registry answers not found (HEAD ")
                && e.getMessage().contains("/docker.io/v2/library/postgres/manifests/99: 404)"), e.getMessage());
    }

    @Test
    void anUnreachableRegistryFallsBackToTheDatedCatalogueAndSaysSo() {
        ImagesStep offline = new ImagesStep(WorldFacts.load(), c -> FakeRegistry.offline());
        helm.manifest = manifest("docker.io/bitnamilegacy/postgresql:16.1.0-debian-11-r15", "docker.io/x/unknown:1");
        List<ImageCheck> checks = offline.check(ctx(false));
        ImageCheck legacy = checks.stream().filter(c -> c.image().contains("bitnamilegacy")).findFirst().orElseThrow();
        assertEquals(ImageCheck.Verdict.FOUND, legacy.verdict());
        assertTrue(legacy.where().contains("registry not reachable") && legacy.where().contains("world-facts.yaml: exists"),
                legacy.where());
        ImageCheck unknown = checks.stream().filter(c -> c.image().contains("unknown")).findFirst().orElseThrow();
        assertEquals(ImageCheck.Verdict.UNVERIFIED, unknown.verdict(), unknown.where());
        assertTrue(unknown.where().contains("not verified"), unknown.where());

        helm.manifest = manifest("docker.io/bitnami/postgresql:16.1.0-debian-11-r15", ACR + "/airflow:2.9.3");
        ImagesStep nextRun = new ImagesStep(WorldFacts.load(), c -> FakeRegistry.offline());
        ImageNotFoundException e = assertThrows(ImageNotFoundException.class, () -> nextRun.check(ctx(false)));
        assertTrue(e.getMessage().contains("world-facts.yaml: not found since 2025-08-28"), e.getMessage());
    }
}
