package dev.airflowaks.deployer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Plan;
import dev.airflowaks.deployer.progress.PrintingProgress;
import dev.airflowaks.deployer.progress.ProgressListener;
import dev.airflowaks.deployer.kube.GuideNames;
import dev.airflowaks.deployer.testing.TwinWorld;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 13, case 6: someone who followed the guide by hand has the guide's objects without airflow-aks's own
 * {@code managed-by} label. Plan must show them as "adopt (metadata only)", not as changes, so
 * {@code --detailed-exitcode} returns 0, while {@code --detailed-exitcode=strict} counts them; apply then adds the
 * label. The hand-built cluster is modelled as a converged one with that label removed from every object the
 * deployer writes; {@code AdoptAndDriftCliTwinTest} (module cli) builds it with the guide's own kubectl and helm
 * commands instead.
 */
class AdoptTwinTest {

    @TempDir
    Path work;

    @Test
    void objectsLackingOnlyOurLabelAreAdoptedNotChanged() {
        try (TwinWorld world = new TwinWorld(work)) {
            DeployConfig config = world.config();
            assertTrue(new Deployer(config, world.clients(config), world.options(),
                    new PrintingProgress(System.out, 11)).apply().succeeded());
            var c = world.client;
            List<HasMetadata> ours = List.of(
                    c.namespaces().withName("airflow").get(),
                    c.serviceAccounts().inNamespace("airflow").withName(config.serviceAccountName()).get(),
                    c.genericKubernetesResources("external-secrets.io/v1beta1", "SecretStore").inNamespace("airflow")
                            .withName(GuideNames.SECRET_STORE).get(),
                    c.genericKubernetesResources("external-secrets.io/v1beta1", "ExternalSecret")
                            .inNamespace("airflow").withName(GuideNames.EXTERNAL_SECRET).get(),
                    c.persistentVolumes().withName(GuideNames.PV).get(),
                    c.persistentVolumeClaims().inNamespace("airflow").withName(GuideNames.PVC).get());
            for (HasMetadata o : ours) {
                c.resource(o).edit(x -> {
                    x.getMetadata().getLabels().remove(GuideNames.MANAGED_BY_KEY);
                    return x;
                });
            }

            Plan plan = plan(world, config);
            assertFalse(plan.hasChanges(), plan.render());
            assertEquals(6, plan.adoptions(), plan.render());
            assertTrue(plan.hasChanges(true), "--detailed-exitcode=strict counts adoptions");
            assertTrue(plan.render().contains("Adopt (metadata only): 6 object(s)"), plan.render());
            Set<String> adopted = new TreeSet<>();
            plan.steps().forEach(s -> s.changes().stream().filter(ch -> ch.action() == Action.ADOPT)
                    .forEach(ch -> adopted.add(ch.target().split(" ")[0])));
            assertEquals(Set.of("Namespace", "ServiceAccount", "SecretStore", "ExternalSecret", "PersistentVolume",
                    "PersistentVolumeClaim"), adopted, plan.render());

            // Control: a change besides our label is an update, not an adoption.
            c.persistentVolumeClaims().inNamespace("airflow").withName(GuideNames.PVC).edit(x -> {
                x.getMetadata().getLabels().put("team", "data");
                return x;
            });
            c.serviceAccounts().inNamespace("airflow").withName(config.serviceAccountName()).edit(x -> {
                x.getMetadata().getAnnotations().put("azure.workload.identity/client-id", "someone-else");
                return x;
            });
            Plan changed = plan(world, config);
            assertTrue(changed.hasChanges(), changed.render());
            assertEquals(5, changed.adoptions(), changed.render());

            assertTrue(new Deployer(config, world.clients(config), world.options(),
                    new PrintingProgress(System.out, 11)).apply().succeeded());
            Plan after = plan(world, config);
            assertEquals(0, after.adoptions(), after.render());
            assertFalse(after.hasChanges(true), after.render());
        }
    }

    private static Plan plan(TwinWorld world, DeployConfig config) {
        return new Deployer(config, world.clients(config), world.options(), ProgressListener.silent()).plan();
    }
}
