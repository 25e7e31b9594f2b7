package dev.airflowaks.conformance.checks.profile;

import dev.airflowaks.conformance.kube.Conditions;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

import java.util.Map;

/** The SecretStore fields both profiles report the same way. */
final class StoreFields {

    private StoreFields() {
    }

    /** {@code status/reason} of the Ready condition, or {@code no status}. */
    static String ready(GenericKubernetesResource store) {
        return Conditions.find(store, "Ready").map(k -> k.get("status") + "/" + k.get("reason")).orElse("no status");
    }

    /** The provider names under {@code spec.provider}, e.g. {@code [fake]}. */
    static String providers(GenericKubernetesResource store) {
        return Conditions.at(store, "spec.provider").map(p -> p instanceof Map<?, ?> m ? String.valueOf(m.keySet())
                : "?").orElse("none");
    }
}
