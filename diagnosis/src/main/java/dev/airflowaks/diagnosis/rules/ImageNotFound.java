package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.diagnosis.Observation;
import dev.airflowaks.diagnosis.Terminal;
import dev.airflowaks.diagnosis.TerminalRule;
import dev.airflowaks.guide.GuideStepId;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.Pod;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An image pull the registry answered with "not found" or "manifest unknown" (world fact
 * {@code registry.pull-not-found}): the kubelet backs off up to 5 minutes between retries, but the tag will not
 * appear by itself. A pull that failed for another reason (a timeout, a rate limit) keeps waiting.
 */
public final class ImageNotFound implements TerminalRule {

    private static final List<String> REASONS = List.of("ErrImagePull", "ImagePullBackOff");
    private static final List<String> NOT_FOUND = List.of("not found", "manifest unknown");

    @Override
    public String name() {
        return "image not found";
    }

    @Override
    public Optional<Terminal> judge(Observation observed) {
        for (Pod pod : observed.pods()) {
            for (ContainerStatus c : Containers.of(pod)) {
                if (Containers.waitingReason(c).filter(REASONS::contains).isEmpty()) {
                    continue;
                }
                Optional<String> message = notFound(Containers.waitingMessage(c))
                        .or(() -> observed.eventsAbout("Pod", Containers.name(pod)).stream()
                                .map(Event::getMessage).flatMap(m -> notFound(m).stream()).findFirst());
                if (message.isPresent()) {
                    return Optional.of(new Terminal(name(), "pod/" + Containers.name(pod), "container " + c.getName()
                            + " image " + c.getImage() + ": " + message.get(), GuideStepId.IMPORT_IMAGES));
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> notFound(String message) {
        if (message == null) {
            return Optional.empty();
        }
        String lower = message.toLowerCase(Locale.ROOT);
        return NOT_FOUND.stream().anyMatch(lower::contains) ? Optional.of(message) : Optional.empty();
    }
}
