package dev.airflowaks.deployer.steps;

import dev.airflowaks.deployer.progress.ProgressListener;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits on one object with fabric8's watch-based {@code waitUntilCondition}, in slices so that a wait longer than
 * a few seconds prints what it is waiting for. Every wait has a description, a budget and, on timeout, a dump of
 * the state it gave up on.
 */
final class Waiter {

    private static final long SLICE_SECONDS = 5;

    private final ProgressListener progress;

    Waiter(ProgressListener progress) {
        this.progress = progress;
    }

    <T> T until(String description, Duration budget, Resource<T> resource, Predicate<T> condition,
                Supplier<String> stateDump) {
        long start = System.nanoTime();
        while (true) {
            try {
                return resource.waitUntilCondition(condition, SLICE_SECONDS, TimeUnit.SECONDS);
            } catch (KubernetesClientTimeoutException e) {
                if (Thread.currentThread().isInterrupted()) {
                    // fabric8 reports an interrupted wait as a timeout (and keeps the flag): stop, do not spin.
                    throw new IllegalStateException("interrupted while waiting for " + description);
                }
                long elapsedMs = (System.nanoTime() - start) / 1_000_000;
                if (elapsedMs >= budget.toMillis()) {
                    throw new IllegalStateException("timed out after " + budget + " waiting for " + description
                            + "\n  state: " + stateDump.get());
                }
                progress.info(String.format(java.util.Locale.ROOT, "… waiting for %s (%ds): %s", description,
                        elapsedMs / 1000, stateDump.get()));
            }
        }
    }
}
