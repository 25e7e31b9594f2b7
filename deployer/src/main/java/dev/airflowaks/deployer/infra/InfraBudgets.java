package dev.airflowaks.deployer.infra;

import java.time.Duration;

/**
 * Named budgets of the infrastructure's long-running operations: AKS creation takes up to about ten minutes on
 * Azure, the other creates and imports a minute or two. On the twin everything completes on the first poll.
 */
public record InfraBudgets(Duration aksCluster, Duration resource, Duration imageImport, Duration pollInterval) {

    /** Azure: AKS up to 20 minutes; polls every 5 s unless ARM's {@code Retry-After} says otherwise. */
    public static InfraBudgets defaults() {
        return new InfraBudgets(Duration.ofMinutes(20), Duration.ofMinutes(5), Duration.ofMinutes(5),
                Duration.ofSeconds(5));
    }

    /**
     * The twin answers {@code Retry-After: 0}, which the SDK reads as "no advice" and replaces with its poll
     * interval; a short interval there keeps a whole infrastructure run within seconds.
     */
    public InfraBudgets withPollInterval(Duration interval) {
        return new InfraBudgets(aksCluster, resource, imageImport, interval);
    }
}
