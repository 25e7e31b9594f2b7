package dev.airflowaks.deployer.interrupt;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The user asked the run to stop (Ctrl-C, SIGTERM): set once by whoever receives the signal, read by the run between
 * and after steps. An interrupted apply stops where it is and keeps what it made (resuming is {@code apply} again);
 * it never unwinds, because an interrupt is a request to stop, not a failure of the target.
 */
public final class Interruption {

    private final AtomicReference<String> signal = new AtomicReference<>();

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
}
