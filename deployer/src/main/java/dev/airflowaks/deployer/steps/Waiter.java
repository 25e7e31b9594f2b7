package dev.airflowaks.deployer.steps;

import dev.airflowaks.deployer.progress.ProgressListener;
import dev.airflowaks.diagnosis.ClusterObserver;
import dev.airflowaks.diagnosis.GuideReplicas;
import dev.airflowaks.diagnosis.Terminal;
import dev.airflowaks.diagnosis.rules.TerminalRules;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientTimeoutException;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Waits on one object with fabric8's watch-based {@code waitUntilCondition}, in slices. Between slices it asks the
 * terminal rules (module {@code diagnosis}, the same ones {@code verify}'s readiness gate asks) whether a cause in the
 * namespace is already terminal, and stops with that cause and its object instead of running out the budget: a
 * Pending PVC whose PV is {@code Released} fails the wait in seconds, not after 15 minutes. Progress reports the
 * state only when it changed. Every wait has a description, a budget and, on timeout, a dump of the state.
 */
final class Waiter {

    private static final long SLICE_MILLIS = 2000;

    private final ProgressListener progress;
    private final Supplier<Optional<Terminal>> terminalCause;

    Waiter(ProgressListener progress, Supplier<Optional<Terminal>> terminalCause) {
        this.progress = progress;
        this.terminalCause = terminalCause;
    }

    /** A waiter that asks the guide's terminal rules about {@code namespace}. */
    static Waiter forNamespace(ProgressListener progress, KubernetesClient kube, String namespace) {
        return new Waiter(progress, terminalCauses(kube, namespace));
    }

    /** The guide's terminal rules over a fresh observation of {@code namespace} at each call. */
    static Supplier<Optional<Terminal>> terminalCauses(KubernetesClient kube, String namespace) {
        ClusterObserver observer = new ClusterObserver(kube, namespace, GuideReplicas.fromWorldFacts());
        TerminalRules rules = TerminalRules.all();
        return () -> rules.first(observer.observe());
    }

    <T> T until(String description, Duration budget, Resource<T> resource, Predicate<T> condition,
                Supplier<String> stateDump) {
        long start = System.nanoTime();
        String lastState = null;
        while (true) {
            try {
                return resource.waitUntilCondition(condition, SLICE_MILLIS, TimeUnit.MILLISECONDS);
            } catch (KubernetesClientTimeoutException e) {
                if (Thread.currentThread().isInterrupted()) {
                    // fabric8 reports an interrupted wait as a timeout (and keeps the flag): stop, do not spin.
                    throw new IllegalStateException("interrupted while waiting for " + description);
                }
                Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
                Optional<Terminal> terminal = terminalCause.get();
                if (terminal.isPresent()) {
                    throw new IllegalStateException(terminal.get().render() + "\n  while waiting for " + description
                            + " (" + text(elapsed) + " of its " + text(budget) + " budget)\n  state: "
                            + stateDump.get());
                }
                if (elapsed.compareTo(budget) >= 0) {
                    throw new IllegalStateException("timed out after " + text(budget) + " waiting for " + description
                            + "\n  state: " + stateDump.get());
                }
                String state = stateDump.get();
                if (!state.equals(lastState)) {
                    progress.info("… waiting for " + description + " (" + text(elapsed) + "): " + state);
                    lastState = state;
                }
            }
        }
    }

    /** {@code 15m}, {@code 1m30s}, {@code 4s}: Go's duration notation, as kubectl and Helm print it. */
    static String text(Duration d) {
        Duration whole = d.getSeconds() >= 1 ? Duration.ofSeconds(d.getSeconds()) : d;
        return whole.toString().substring(2).toLowerCase(Locale.ROOT);
    }
}
