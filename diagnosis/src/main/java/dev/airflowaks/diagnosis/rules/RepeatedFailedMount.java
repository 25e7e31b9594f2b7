package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.diagnosis.Observation;
import dev.airflowaks.diagnosis.Terminal;
import dev.airflowaks.diagnosis.TerminalRule;
import dev.airflowaks.guide.GuideStepId;
import io.fabric8.kubernetes.api.model.Event;

import java.util.Optional;

/**
 * A volume whose {@code FailedMount} repeats with the same message at least {@value #REPEATS} times (the kubelet
 * retries with back-off and the event recorder aggregates repeats into {@code count}). A Secret that an
 * ExternalSecret has not written yet is the one repeat that is still expected to heal, and keeps the wait going.
 */
public final class RepeatedFailedMount implements TerminalRule {

    static final int REPEATS = 3;

    @Override
    public String name() {
        return "mount keeps failing";
    }

    @Override
    public Optional<Terminal> judge(Observation observed) {
        return observed.events().stream()
                .filter(e -> "FailedMount".equals(e.getReason()) && e.getInvolvedObject() != null)
                .filter(e -> count(observed, e) >= REPEATS)
                .filter(e -> !awaitingExternalSecret(observed, e.getMessage()))
                .findFirst()
                .map(e -> new Terminal(name(), "pod/" + e.getInvolvedObject().getName(), "FailedMount ×"
                        + count(observed, e) + ": " + e.getMessage(), GuideStepId.LOGS_VOLUME));
    }

    /** The aggregated count, or the number of separate events with the same object and message. */
    private static int count(Observation observed, Event e) {
        int aggregated = e.getCount() == null ? 1 : e.getCount();
        long same = observed.events().stream().filter(o -> "FailedMount".equals(o.getReason())
                && o.getInvolvedObject() != null
                && e.getInvolvedObject().getName().equals(o.getInvolvedObject().getName())
                && String.valueOf(e.getMessage()).equals(o.getMessage())).count();
        return (int) Math.max(aggregated, same);
    }

    /** "secrets "x" not found" while some ExternalSecret targets x and has not failed: ESO is still syncing. */
    private static boolean awaitingExternalSecret(Observation observed, String message) {
        return message != null && observed.externalSecrets().stream()
                .filter(es -> !ExternalSecretErrors.failed(observed, es).isPresent())
                .map(ExternalSecretErrors::targetSecret)
                .anyMatch(target -> !observed.secretNames().contains(target) && message.contains("\"" + target + "\""));
    }
}
