package dev.airflowaks.deployer.progress;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * Runs a blocking call (a Helm install, which gives no progress of its own) on a worker thread and reports every
 * few seconds what it is waiting for, so a long wait never looks like a hang. A call that outlives its budget is
 * reported with the last state seen and fails; nothing here sleeps.
 */
public final class WatchedCall {

    private static final long REPORT_EVERY_MS = 5_000;

    private WatchedCall() {
    }

    /**
     * @param description what is being waited for, e.g. "helm install external-secrets"
     * @param budget      the timeout of this kind of wait
     * @param state       a short description of the current state, for progress and for the timeout message
     */
    public static <T> T run(String description, Duration budget, Supplier<T> call, Supplier<String> state,
                            ProgressListener progress) {
        return run(description, budget, call, state, java.util.Optional::empty, progress);
    }

    /**
     * As {@link #run(String, Duration, Supplier, Supplier, ProgressListener)}, and stops as it does on a timeout
     * when {@code terminal} names a cause that waiting will not fix (module {@code diagnosis}): a Helm {@code --wait}
     * on pods whose image the registry does not serve fails in seconds, not after its whole budget.
     */
    public static <T> T run(String description, Duration budget, Supplier<T> call, Supplier<String> state,
                            Supplier<java.util.Optional<String>> terminal, ProgressListener progress) {
        return run(description, budget, call, state, terminal, progress,
                f -> new IllegalStateException(description + " was interrupted", new InterruptedException()));
    }

    /**
     * As {@link #run(String, Duration, Supplier, Supplier, Supplier, ProgressListener)}; when the waiting thread is
     * interrupted, {@code onInterrupt} gets the call still in flight and returns what to throw (a call that cannot be
     * cancelled may be let finish first).
     */
    public static <T> T run(String description, Duration budget, Supplier<T> call, Supplier<String> state,
                            Supplier<java.util.Optional<String>> terminal, ProgressListener progress,
                            java.util.function.Function<Future<T>, RuntimeException> onInterrupt) {
        ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "airflow-aks-" + description.replace(' ', '-'));
            t.setDaemon(true);
            return t;
        });
        long start = System.nanoTime();
        Future<T> inFlight = null;
        try {
            Future<T> f = worker.submit(call::get);
            inFlight = f;
            while (true) {
                try {
                    return f.get(REPORT_EVERY_MS, TimeUnit.MILLISECONDS);
                } catch (TimeoutException e) {
                    long elapsed = (System.nanoTime() - start) / 1_000_000;
                    java.util.Optional<String> stop;
                    try {
                        stop = terminal.get();
                    } catch (RuntimeException lookFailed) {
                        if (Thread.interrupted()) {
                            throw new InterruptedException("interrupted while looking for terminal causes");
                        }
                        throw lookFailed;
                    }
                    if (stop.isPresent()) {
                        f.cancel(true);
                        throw new IllegalStateException(stop.get() + "\n  while waiting for " + description
                                + "; last state: " + safeState(state));
                    }
                    if (elapsed > budget.toMillis()) {
                        f.cancel(true);
                        throw new IllegalStateException(description + " did not finish within " + budget
                                + "; last state: " + safeState(state));
                    }
                    progress.info(String.format(java.util.Locale.ROOT, "… %s (%ds): %s", description,
                            elapsed / 1000, safeState(state)));
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(description + " failed: " + cause.getMessage(), cause);
        } catch (InterruptedException e) {
            RuntimeException stop = onInterrupt.apply(inFlight);
            Thread.currentThread().interrupt();
            throw stop;
        } finally {
            worker.shutdownNow();
        }
    }

    private static String safeState(Supplier<String> state) {
        try {
            return state.get();
        } catch (RuntimeException e) {
            return "(state unavailable: " + e.getMessage() + ")";
        }
    }
}
