package dev.airflowaks.deployer.interrupt;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The user asked the run to stop (Ctrl-C, SIGTERM): set once by whoever receives the signal, read by the run between
 * and after steps. An interrupted apply stops where it is and keeps what it made (resuming is {@code apply} again);
 * it never unwinds, because an interrupt is a request to stop, not a failure of the target.
 *
 * <p>Two notes travel with it, so the one who prints the last words knows what the run knows: while a call that
 * cannot be cancelled is in flight (a Helm install), what exiting <em>now</em> would leave behind and how to recover
 * (a second signal exits at once and prints it); and, once stopped, where the run stopped.
 */
public final class Interruption {

    private final AtomicReference<String> signal = new AtomicReference<>();
    private final AtomicReference<String> inFlight = new AtomicReference<>();
    private final AtomicReference<String> stoppedAt = new AtomicReference<>();
    private final AtomicReference<String> firstRun = new AtomicReference<>();

    /** A token nobody signals: library and test use without a CLI. */
    public static Interruption none() {
        return new Interruption();
    }

    /** Records the first signal; later ones do not replace it. */
    public void request(String signalName) {
        signal.compareAndSet(null, signalName);
    }

    public boolean requested() {
        return signal.get() != null;
    }

    /** The signal's name, e.g. {@code SIGINT}, once requested. */
    public Optional<String> signal() {
        return Optional.ofNullable(signal.get());
    }

    /**
     * Marks a call that cannot be cancelled as running until the returned handle is closed.
     *
     * @param ifAbandoned what exiting before it returns leaves behind and the exact recovery
     */
    public InFlight inFlight(String ifAbandoned) {
        inFlight.set(ifAbandoned);
        return () -> inFlight.compareAndSet(ifAbandoned, null);
    }

    /** What exiting now would leave behind, while an uncancellable call runs. */
    public Optional<String> abandoning() {
        return Optional.ofNullable(inFlight.get());
    }

    /** Records where the interrupted run stopped, e.g. {@code step 10 (Airflow (Helm))}; the first record stays. */
    public void stoppedAt(String where) {
        stoppedAt.compareAndSet(null, where);
    }

    public Optional<String> stoppedAt() {
        return Optional.ofNullable(stoppedAt.get());
    }

    /** Records the command to run before resuming, when resuming needs more than running the command again. */
    public void firstRun(String command) {
        firstRun.compareAndSet(null, command);
    }

    /** e.g. {@code helm uninstall airflow -n airflow}, for a release the interrupted run left pending. */
    public Optional<String> firstRun() {
        return Optional.ofNullable(firstRun.get());
    }

    /** The handle of {@link #inFlight(String)}. */
    @FunctionalInterface
    public interface InFlight extends AutoCloseable {
        @Override
        void close();
    }
}
