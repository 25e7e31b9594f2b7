package dev.airflowaks.conformance.kube;

import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads {@code status.conditions[]} of custom resources (ESO's SecretStore, ExternalSecret), untyped. */
public final class Conditions {

    private Conditions() {
    }

    /** The condition of this type, as {@code {type,status,reason,message,...}}, or empty. */
    @SuppressWarnings("unchecked")
    public static Optional<Map<String, Object>> find(GenericKubernetesResource resource, String type) {
        Object status = resource.getAdditionalProperties().get("status");
        if (!(status instanceof Map<?, ?> statusMap) || !(statusMap.get("conditions") instanceof List<?> list)) {
            return Optional.empty();
        }
        return list.stream().filter(Map.class::isInstance).map(c -> (Map<String, Object>) c)
                .filter(c -> type.equals(c.get("type"))).findFirst();
    }

    /** {@code True/Valid}, {@code False/SecretSyncedError}, or {@code no status} when the controller never wrote one. */
    public static String describe(GenericKubernetesResource resource, String type) {
        return find(resource, type).map(c -> c.get("status") + "/" + c.get("reason")
                + (c.get("message") == null ? "" : " (" + c.get("message") + ")")).orElse("no " + type + " condition");
    }

    public static boolean isTrue(GenericKubernetesResource resource, String type) {
        return find(resource, type).map(c -> "True".equals(c.get("status"))).orElse(false);
    }

    public static Optional<String> reason(GenericKubernetesResource resource, String type) {
        return find(resource, type).map(c -> (String) c.get("reason"));
    }

    /** A value at a dotted path such as {@code spec.provider.azurekv.vaultUrl}, or empty. */
    public static Optional<Object> at(GenericKubernetesResource resource, String path) {
        Object current = resource.getAdditionalProperties();
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            current = map.get(part);
        }
        return Optional.ofNullable(current);
    }
}
