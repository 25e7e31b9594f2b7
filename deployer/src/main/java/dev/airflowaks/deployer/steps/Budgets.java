package dev.airflowaks.deployer.steps;

import java.time.Duration;

/**
 * Named time budgets per kind of wait, so every wait has a timeout that can be tuned in one place (a twin needs
 * seconds, a real AKS cluster pulling images needs minutes).
 */
public record Budgets(Duration helmRelease, Duration workloads, Duration externalSecret, Duration esoWebhook) {

    /** ESO's webhook race heals within seconds of its pods being Ready; two minutes covers a slow cert-controller. */
    public static final Duration ESO_WEBHOOK = Duration.ofMinutes(2);

    public Budgets(Duration helmRelease, Duration workloads, Duration externalSecret) {
        this(helmRelease, workloads, externalSecret, ESO_WEBHOOK);
    }

    /** Budgets for a real cluster. */
    public static Budgets defaults() {
        return new Budgets(Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(5), ESO_WEBHOOK);
    }
}
