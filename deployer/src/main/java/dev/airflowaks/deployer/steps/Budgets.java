package dev.airflowaks.deployer.steps;

import java.time.Duration;

/**
 * Named time budgets per kind of wait, so every wait has a timeout that can be tuned in one place (a twin needs
 * seconds, a real AKS cluster pulling images needs minutes).
 *
 * @param helmFinish how long an interrupted apply lets a Helm call in flight finish, so that the release is not left
 *                   {@code pending-install}/{@code pending-upgrade} ({@link #HELM_FINISH})
 */
public record Budgets(Duration helmRelease, Duration workloads, Duration externalSecret, Duration esoWebhook,
                      Duration helmFinish) {

    /** ESO's webhook race heals within seconds of its pods being Ready; two minutes covers a slow cert-controller. */
    public static final Duration ESO_WEBHOOK = Duration.ofMinutes(2);

    /**
     * Helm never waits for readiness here (the deployer does), so a call in flight is object creation plus the
     * chart's hooks: seconds, unless a hook (Airflow's migrations) is still running. Twenty seconds keeps Ctrl-C
     * responsive; a second Ctrl-C exits at once.
     */
    public static final Duration HELM_FINISH = Duration.ofSeconds(20);

    public Budgets(Duration helmRelease, Duration workloads, Duration externalSecret) {
        this(helmRelease, workloads, externalSecret, ESO_WEBHOOK);
    }

    public Budgets(Duration helmRelease, Duration workloads, Duration externalSecret, Duration esoWebhook) {
        this(helmRelease, workloads, externalSecret, esoWebhook, HELM_FINISH);
    }

    /** Budgets for a real cluster. */
    public static Budgets defaults() {
        return new Budgets(Duration.ofMinutes(10), Duration.ofMinutes(15), Duration.ofMinutes(5), ESO_WEBHOOK);
    }

    public Budgets withHelmFinish(Duration d) {
        return new Budgets(helmRelease, workloads, externalSecret, esoWebhook, d);
    }
}
