package dev.airflowaks.conformance.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.utils.Serialization;

import java.util.LinkedHashSet;
import java.util.Set;

/** The (kind, name) set of a rendered Helm manifest, read without a cluster. */
public final class ManifestInventory {

    private ManifestInventory() {
    }

    /** {@code Kind/name} of each document of a multi-document YAML manifest. */
    public static Set<String> of(String manifest) {
        Set<String> out = new LinkedHashSet<>();
        for (String doc : manifest.split("(?m)^---\\s*$")) {
            String body = doc.lines().filter(l -> !l.startsWith("#")).reduce("", (a, b) -> a + b + "\n");
            if (body.isBlank()) {
                continue;
            }
            GenericKubernetesResource r = Serialization.unmarshal(body, GenericKubernetesResource.class);
            if (r != null && r.getKind() != null && r.getMetadata() != null) {
                out.add(r.getKind() + "/" + r.getMetadata().getName());
            }
        }
        return out;
    }
}
