package dev.airflowaks.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.helm.HelmJavaReleases;
import dev.airflowaks.deployer.helm.ReleaseSpec;
import dev.airflowaks.deployer.plan.Plan;
import dev.airflowaks.deployer.progress.ProgressListener;
import dev.airflowaks.deployer.testing.RecordingProgress;
import dev.airflowaks.deployer.testing.TwinWorld;
import dev.airflowaks.fixtures.charts.TestCharts;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, cases 1 and 2, on the twin with the real Helm library (helm-java): an ESO chart that carries no CRDs
 * (a chart packaged from ESO's git tree) and ESO CRDs applied outside Helm (a GitOps layout). World fact
 * {@code eso.crds-outside-helm}: Helm refuses to import a CRD without its ownership metadata ("invalid ownership
 * metadata").
 */
class EsoCrdsTwinTest {

    @TempDir
    Path work;

    @Test
    void step3FailsNamingTheMissingCrdsWhetherTheChartCarriedAnyAndTheFix() {
        try (TwinWorld world = new TwinWorld(work)) {
            DeployConfig config = world.config(Map.of("AIRFLOW_AKS_ESO_CHART",
                    TestCharts.esoWithoutCrds(work.resolve("charts")).toString()));
            List<String> lines = new ArrayList<>();
            ApplyResult r = new Deployer(config, world.clients(config), world.options(),
                    new RecordingProgress(lines)).apply();

            assertFalse(r.succeeded());
            StepOutcome last = r.steps().get(r.steps().size() - 1);
            assertEquals("3", last.stepId(), r.steps().toString());
            String m = last.outcome();
            assertTrue(m.contains("secretstores.external-secrets.io (missing)"), m);
            assertTrue(m.contains("externalsecrets.external-secrets.io (missing)"), m);
            assertTrue(m.contains("carries no CustomResourceDefinition"), m);
            assertTrue(m.contains("installCRDs=true"), m);
            assertTrue(m.contains("https://raw.githubusercontent.com/external-secrets/external-secrets/v0.10.5/"
                    + "deploy/crds/bundle.yaml"), m);
            assertFalse(String.join("\n", lines).contains("registered handler"), String.join("\n", lines));
            assertNotNull(world.client.namespaces().withName("airflow").get(),
                    "a failed apply keeps what it did by default");
        }
    }

    @Test
    void crdsAppliedOutsideHelmAreKeptAndTheReleaseIsInstalledWithoutThem() {
        try (TwinWorld world = new TwinWorld(work)) {
            DeployConfig config = world.config();
            HelmJavaReleases helm = new HelmJavaReleases(config.kubeconfig(), work.resolve("helm-seed"));
            ReleaseSpec withCrds = new ReleaseSpec(config.esoRelease(), config.namespace(), config.esoChart(),
                    Map.of("installCRDs", true), false, Duration.ofSeconds(60));
            applyCrdsOutsideHelm(world, helm.template(withCrds).orElseThrow());

            // Control, the real behaviour the deployer must avoid: Helm refuses to take these CRDs over.
            world.client.namespaces().resource(new io.fabric8.kubernetes.api.model.NamespaceBuilder()
                    .withNewMetadata().withName(config.namespace()).endMetadata().build()).create();
            var refused = assertThrows(RuntimeException.class, () -> helm.installOrUpgrade(withCrds));
            assertTrue(refused.getMessage().contains("invalid ownership metadata"), refused.getMessage());
            helm.uninstall(config.esoRelease(), config.namespace());

            Plan plan = new Deployer(config, world.clients(config), world.options(), ProgressListener.silent()).plan();
            assertTrue(plan.render().contains("installCRDs=false: the CustomResourceDefinitions ["
                    + "clustersecretstores.external-secrets.io, externalsecrets.external-secrets.io, "
                    + "secretstores.external-secrets.io] exist without the Helm ownership metadata"), plan.render());

            List<String> lines = new ArrayList<>();
            ApplyResult r = new Deployer(config, world.clients(config), world.options().withStopAfterStep("5"),
                    new RecordingProgress(lines)).apply();
            assertTrue(r.steps().stream().allMatch(StepOutcome::ok), r.steps() + "\n" + lines);
            assertTrue(r.steps().get(2).outcome().contains("installCRDs=false"), r.steps().toString());
            assertEquals(false, world.clients(config).helm().values(config.esoRelease(), config.namespace())
                    .get("installCRDs"));
            CustomResourceDefinition ss = world.client.apiextensions().v1().customResourceDefinitions()
                    .withName("secretstores.external-secrets.io").get();
            assertNull(ss.getMetadata().getAnnotations() == null ? null
                    : ss.getMetadata().getAnnotations().get("meta.helm.sh/release-name"), "still outside Helm");
            assertFalse(new Deployer(config, world.clients(config), world.options(), ProgressListener.silent())
                    .plan().steps().get(2).hasChanges(), "a second plan of step 3 is unchanged");
        }
    }

    /** {@code kubectl apply} of the CRDs alone, as a GitOps tool does: no Helm labels or annotations. */
    private static void applyCrdsOutsideHelm(TwinWorld world, String rendered) {
        List<HasMetadata> all = world.client.load(new ByteArrayInputStream(rendered.getBytes(StandardCharsets.UTF_8)))
                .items();
        List<HasMetadata> crds = all.stream().filter(o -> o instanceof CustomResourceDefinition).toList();
        assertEquals(3, crds.size(), "the ESO test chart renders three CRDs");
        crds.forEach(c -> world.client.resource(c).create());
    }
}
