package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.diagnosis.Observation;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an ExternalSecret's failure: {@code Ready=False} with ESO's {@code SecretSyncedError}, and the provider's own
 * words, which ESO puts into the Warning {@code UpdateFailed} event (the condition only says "could not get secret
 * data from provider" on ESO 0.10; the twin carries the detail in both).
 */
final class ExternalSecretErrors {

    private ExternalSecretErrors() {
    }

    /** The provider error text when the ExternalSecret is failing, else empty. */
    static Optional<String> failed(Observation observed, GenericKubernetesResource es) {
        Optional<Map<?, ?>> ready = readyCondition(es);
        if (ready.isEmpty() || !"False".equals(ready.get().get("status"))
                || !"SecretSyncedError".equals(ready.get().get("reason"))) {
            return Optional.empty();
        }
        String condition = String.valueOf(ready.get().get("message"));
        List<Event> events = observed.eventsAbout("ExternalSecret", es.getMetadata().getName());
        String detail = events.stream().filter(e -> "UpdateFailed".equals(e.getReason()))
                .map(Event::getMessage).reduce((a, b) -> b).orElse("");
        return Optional.of(detail.length() > condition.length() ? detail : condition);
    }

    /** {@code spec.target.name}, defaulting to the ExternalSecret's own name as ESO does. */
    static String targetSecret(GenericKubernetesResource es) {
        Object spec = es.getAdditionalProperties().get("spec");
        if (spec instanceof Map<?, ?> s && s.get("target") instanceof Map<?, ?> t && t.get("name") != null) {
            return t.get("name").toString();
        }
        return es.getMetadata().getName();
    }

    private static Optional<Map<?, ?>> readyCondition(GenericKubernetesResource es) {
        Object status = es.getAdditionalProperties().get("status");
        if (!(status instanceof Map<?, ?> s) || !(s.get("conditions") instanceof List<?> conditions)) {
            return Optional.empty();
        }
        return conditions.stream().filter(c -> c instanceof Map<?, ?> m && "Ready".equals(m.get("type")))
                .<Map<?, ?>>map(c -> (Map<?, ?>) c).findFirst();
    }
}
