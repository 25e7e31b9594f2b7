package dev.airflowaks.targets.faults;

import java.time.Duration;

/**
 * How long the {@code eso-webhook-not-ready} fault keeps ESO's webhook pod unready after it starts: long enough that
 * a deployer applying its SecretStore right after the ESO release meets the webhook's start-up race (on AKS the
 * cert-controller's CA injection and the pod's readiness take seconds to a minute, external-secrets#2037), well inside
 * the deployer's two-minute {@code esoWebhook} budget.
 */
public final class EsoWebhookHold {

    public static final int SECONDS = 15;
    public static final Duration DURATION = Duration.ofSeconds(SECONDS);

    private EsoWebhookHold() {
    }
}
