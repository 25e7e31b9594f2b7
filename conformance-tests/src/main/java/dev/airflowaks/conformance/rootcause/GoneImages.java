package dev.airflowaks.conformance.rootcause;

import dev.airflowaks.deployer.deviations.ImageNames;
import dev.airflowaks.guide.world.Deviation;
import dev.airflowaks.guide.world.RegistryImage;
import dev.airflowaks.guide.world.WorldFacts;
import dev.airflowaks.conformance.kube.PodStates;
import io.fabric8.kubernetes.api.model.Pod;

import java.util.Optional;

/**
 * Explains a pod stuck pulling an image that its registry no longer serves, from the dated catalogue of
 * {@code world-facts.yaml}: {@code image docker.io/bitnami/postgresql:16.1.0-debian-11-r15 not found (Bitnami moved
 * versioned tags ...) ; fix: import it into ACR and set postgresql.image (airflow-aks does this unless --verbatim)}.
 * Such a pull never succeeds by waiting, so the finding is the cause, not a slow start.
 */
final class GoneImages {

    private final WorldFacts facts;

    GoneImages(WorldFacts facts) {
        this.facts = facts;
    }

    /** The explanation for the first container of {@code pod} stuck on a gone image, if any. */
    Optional<String> explain(Pod pod) {
        return PodStates.imagesFailingToPull(pod)
                .flatMap(image -> facts.image(ImageNames.normalise(image)).filter(r -> !r.exists()).stream())
                .findFirst().map(this::describe);
    }

    private String describe(RegistryImage gone) {
        String fix = facts.deviations().stream().filter(d -> gone.ref().equals(d.values().get("published")))
                .findFirst().map(GoneImages::fix).orElse("import a copy into ACR and point the chart at it");
        return "image " + gone.ref() + " not found (" + gone.note().replaceAll(";.*$|\\.$", "") + "); fix: " + fix;
    }

    private static String fix(Deviation d) {
        return "import it into ACR and set " + d.values().get("valuesKey") + " (airflow-aks does this unless --verbatim)";
    }
}
