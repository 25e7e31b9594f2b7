package dev.airflowaks.deployer.steps;

import dev.airflowaks.deployer.kube.GuideNames;

import dev.airflowaks.deployer.helm.ReleaseSpec;
import dev.airflowaks.guide.world.WorldFact;
import dev.airflowaks.guide.world.WorldFacts;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The External Secrets CRDs as step 3 must treat them (world fact {@value #FACT}). Before the release: CRDs that
 * exist without this release's Helm ownership metadata were applied outside Helm (a GitOps layout), so the release
 * must not template them ({@code installCRDs=false}); otherwise Helm fails with "invalid ownership metadata". After
 * the release: the kinds steps 4 and 5 write must be served and Established, or step 3 fails naming the missing
 * CRDs, whether the chart carried any, and the fix, instead of step 4 failing on an unknown kind.
 */
final class EsoCrds {

    static final String FACT = "eso.crds-outside-helm";
    /** The CRDs of the kinds the later steps write. */
    static final List<String> NEEDED = List.of("secretstores." + GuideNames.ESO_GROUP,
            "externalsecrets." + GuideNames.ESO_GROUP);

    private final KubernetesClient kube;
    private final WorldFact fact = WorldFacts.load().fact(FACT);

    EsoCrds(KubernetesClient kube) {
        this.kube = kube;
    }

    /** The names of existing ESO CRDs that Helm would refuse to import into this release. */
    List<String> notOwnedBy(String release, String namespace) {
        return kube.apiextensions().v1().customResourceDefinitions().list().getItems().stream()
                .filter(c -> c.getSpec() != null && c.getSpec().getGroup() != null
                        && c.getSpec().getGroup().endsWith(GuideNames.ESO_GROUP))
                .filter(c -> !ownedBy(c, release, namespace))
                .map(c -> c.getMetadata().getName()).sorted().toList();
    }

    private boolean ownedBy(CustomResourceDefinition crd, String release, String namespace) {
        Map<String, String> labels = Objects.requireNonNullElse(crd.getMetadata().getLabels(), Map.of());
        Map<String, String> annotations = Objects.requireNonNullElse(crd.getMetadata().getAnnotations(), Map.of());
        return fact.text("managedByValue").equals(labels.get(fact.text("managedByLabel")))
                && release.equals(annotations.get(fact.text("releaseNameAnnotation")))
                && namespace.equals(annotations.get(fact.text("releaseNamespaceAnnotation")));
    }

    /** What plan and apply say when the release is installed without the CRDs. */
    String keptOutsideHelm(List<String> unowned, ReleaseSpec spec) {
        return "installCRDs=false: the CustomResourceDefinitions " + unowned + " exist without the Helm ownership "
                + "metadata of release " + spec.namespace() + "/" + spec.release() + " (managed outside Helm, e.g. by "
                + "GitOps); they are left as they are and the release does not template them.";
    }

    /**
     * The CRDs in {@link #NEEDED} that are missing, not Established, or serve neither {@code v1} nor
     * {@code v1beta1}; each entry says which.
     */
    List<String> problems() {
        List<String> out = new ArrayList<>();
        for (String name : NEEDED) {
            CustomResourceDefinition crd = kube.apiextensions().v1().customResourceDefinitions().withName(name).get();
            if (crd == null) {
                out.add(name + " (missing)");
            } else if (!established(crd)) {
                out.add(name + " (not Established)");
            } else if (crd.getSpec().getVersions().stream().noneMatch(v -> Boolean.TRUE.equals(v.getServed())
                    && List.of("v1", "v1beta1").contains(v.getName()))) {
                out.add(name + " (serves neither v1 nor v1beta1)");
            }
        }
        return out;
    }

    static boolean established(CustomResourceDefinition crd) {
        return crd != null && crd.getStatus() != null && crd.getStatus().getConditions() != null
                && crd.getStatus().getConditions().stream()
                        .anyMatch(c -> "Established".equals(c.getType()) && "True".equals(c.getStatus()));
    }

    /**
     * The failure message when {@link #problems()} is not empty.
     *
     * @param rendered the chart rendered with the release's values, when it could be rendered locally
     */
    String notServed(ReleaseSpec spec, List<String> problems, Optional<String> rendered) {
        Object installCrds = spec.values().get("installCRDs");
        String carried = rendered.map(EsoCrds::countCrds).map(n -> n == 0
                ? "The chart " + spec.chartLabel() + " rendered with installCRDs=" + installCrds
                        + " carries no CustomResourceDefinition (a chart built from ESO's git tree has none)."
                : "The chart " + spec.chartLabel() + " rendered " + n + " CustomResourceDefinition(s) with installCRDs="
                        + installCrds + ", but not these.")
                .orElse("Whether the chart " + spec.chartLabel() + " carries CRDs is unknown (it cannot be rendered "
                        + "locally).");
        return "External Secrets Operator release " + spec.namespace() + "/" + spec.release() + " is deployed, but "
                + "the cluster does not serve the kinds steps 4 and 5 write (SecretStore and ExternalSecret, "
                + GuideNames.ESO_GROUP + "/v1 or v1beta1): " + String.join(", ", problems) + ". " + carried
                + " Fix: install a chart that carries the CRDs with installCRDs=true (the published chart of "
                + spec.chart().location() + " does), or apply the CRDs of the release: kubectl apply --server-side -f "
                + String.format(java.util.Locale.ROOT, fact.text("bundleUrl"), spec.chart().version().replaceFirst("^v", ""))
                + " ; then run apply again.";
    }

    private static int countCrds(String manifest) {
        return (int) manifest.lines().filter(l -> l.matches("^kind:\\s*CustomResourceDefinition\\s*$")).count();
    }
}
