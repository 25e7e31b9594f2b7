package dev.airflowaks.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.helm.HelmRelease;
import dev.airflowaks.deployer.helm.HelmReleaseReader;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.Plan;
import dev.airflowaks.deployer.progress.PrintingProgress;
import dev.airflowaks.deployer.progress.ProgressListener;
import dev.airflowaks.deployer.testing.TwinWorld;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, case 3: {@code plan} judged a Helm release only by chart version and values, and said "unchanged" when
 * the live objects differed from the release (what {@code helm diff upgrade} shows). After apply, the webserver
 * Deployment is edited by hand (a changed container arg, a removed label): plan must report it as drift with the
 * field diff (so {@code plan --detailed-exitcode} exits 2), a second apply repairs it with an upgrade (Helm 3's
 * three-way merge puts the chart's fields back), and plan is then clean. Hooks are compared too, from the release
 * record (helm-java's render drops them): a hook its delete policy removed is not drift, a live hook edited by hand
 * is, and one that runs only on install is reported as one apply cannot put back.
 */
class ReleaseDriftTwinTest {

    @TempDir
    Path work;

    @Test
    void handEditedWebserverIsDriftThatApplyRepairs() {
        try (TwinWorld world = new TwinWorld(work)) {
            DeployConfig config = world.config();
            assertTrue(deployer(world, config).apply().succeeded());
            assertFalse(plan(world, config).hasChanges(), "a converged cluster has no drift: " + plan(world, config).render());

            world.client.apps().deployments().inNamespace("airflow").withName("airflow-webserver").edit(d -> {
                d.getMetadata().getLabels().remove("component");
                d.getSpec().getTemplate().getSpec().getContainers().get(0).setArgs(List.of("bash", "-c",
                        "exec airflow webserver --debug"));
                return d;
            });

            Plan drifted = plan(world, config);
            assertTrue(drifted.hasChanges(), drifted.render());
            List<Change> changes = drifted.changes();
            assertEquals(1, changes.size(), drifted.render());
            Change c = changes.get(0);
            assertEquals(Action.UPDATE, c.action());
            assertTrue(c.target().startsWith("Deployment airflow/airflow-webserver (drift from helm release airflow)"),
                    c.target());
            assertTrue(c.diff().contains("- spec.template.spec.containers[0].args[2]: \"exec airflow webserver --debug\""),
                    c.diff().toString());
            assertTrue(c.diff().contains("+ spec.template.spec.containers[0].args[2]: \"exec airflow webserver\""),
                    c.diff().toString());
            assertTrue(c.diff().contains("+ metadata.labels.component: \"webserver\""), c.diff().toString());
            assertTrue(drifted.render().contains("1 to update"), drifted.render());

            ApplyResult repaired = deployer(world, config).apply();
            assertTrue(repaired.succeeded(), repaired.steps().toString());
            assertTrue(repaired.steps().stream().filter(o -> o.title().equals("Airflow (Helm)")).findFirst().orElseThrow().outcome().contains("repaired drift of 1 object"),
                    repaired.steps().toString());
            var webserver = world.client.apps().deployments().inNamespace("airflow").withName("airflow-webserver").get();
            assertEquals("webserver", webserver.getMetadata().getLabels().get("component"));
            assertEquals(List.of("bash", "-c", "exec airflow webserver"),
                    webserver.getSpec().getTemplate().getSpec().getContainers().get(0).getArgs());
            Plan after = plan(world, config);
            assertFalse(after.hasChanges(), after.render());

            // Hooks: helm-java's render drops them, so they come from the release record Helm stored. The migration
            // Job's policy (hook-succeeded) deleted it, which is not drift (the clean plan above holds it); the
            // fernet-key Secret (pre-install, before-hook-creation) stays live and is compared.
            HelmRelease release = new HelmReleaseReader(world.client).latest("airflow", "airflow").orElseThrow();
            HelmRelease.Hook migrations = hook(release, "airflow-run-airflow-migrations");
            assertFalse(migrations.keptLive(), migrations.toString());
            assertEquals(null, world.client.batch().v1().jobs().inNamespace("airflow")
                    .withName("airflow-run-airflow-migrations").get(), "deleted by its hook-delete-policy");
            assertTrue(hook(release, "airflow-fernet-key").keptLive());
            world.client.secrets().inNamespace("airflow").withName("airflow-fernet-key").edit(s -> {
                s.getMetadata().getLabels().remove("tier");
                return s;
            });
            Plan hooked = plan(world, config);
            assertTrue(hooked.hasChanges(), hooked.render());
            Change h = hooked.changes().get(0);
            assertEquals(1, hooked.changes().size(), hooked.render());
            assertEquals("Secret airflow/airflow-fernet-key (hook pre-install) (drift from helm release airflow)",
                    h.target());
            assertTrue(h.diff().contains("+ metadata.labels.tier: \"airflow\""), h.diff().toString());
            assertTrue(h.diff().stream().anyMatch(l -> l.contains("helm upgrade does not run it again")),
                    h.diff().toString());
            ApplyResult honest = deployer(world, config).apply();
            assertTrue(honest.steps().stream().filter(o -> o.title().equals("Airflow (Helm)")).findFirst()
                    .orElseThrow().outcome().contains("helm upgrade cannot repair the drift of Secret "
                            + "airflow/airflow-fernet-key"), honest.steps().toString());
        }
    }

    private static HelmRelease.Hook hook(HelmRelease release, String name) {
        return release.hooks().stream().filter(h -> h.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no hook " + name + " in " + release.hooks()));
    }

    private static Deployer deployer(TwinWorld world, DeployConfig config) {
        return new Deployer(config, world.clients(config), world.options(), new PrintingProgress(System.out, 11));
    }

    private static Plan plan(TwinWorld world, DeployConfig config) {
        return new Deployer(config, world.clients(config), world.options(), ProgressListener.silent()).plan();
    }
}
