package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.guide.GuideStepId;

/**
 * A Secret that does not exist while the ExternalSecret that writes it reports a provider error: nothing else will
 * create it, and every pod that mounts it waits forever. (A failing ExternalSecret whose Secret still exists from an
 * earlier sync is not terminal for a wait: the pods have what they mount.) A store that is not there or not ready
 * yet is an ordering race ESO retries through, and keeps the wait going.
 */
public final class SecretProviderError extends ProviderErrorRule {

    @Override
    public String name() {
        return "secret provider error";
    }

    @Override
    boolean recognises(String error, boolean secretMissing) {
        return secretMissing && !error.contains("SecretStore");
    }

    @Override
    GuideStepId fix() {
        return GuideStepId.EXTERNAL_SECRET;
    }
}
