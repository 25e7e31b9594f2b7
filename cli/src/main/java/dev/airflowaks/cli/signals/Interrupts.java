package dev.airflowaks.cli.signals;

import dev.airflowaks.deployer.interrupt.Interruption;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The one interrupt path of a command: the first SIGINT or SIGTERM records an {@link Interruption} and interrupts
 * the command's thread, so the current wait stops and the command stops at its step (a Helm call in flight, which
 * nothing can cancel, is let finish within a small budget first); a second signal exits at once (130 for SIGINT, 143
 * for SIGTERM: 128 + the signal number, as shells report it), naming what an uncancellable call in flight leaves.
 *
 * <p>Why the handlers are re-registered every {@value #RECLAIM_MS} ms: Helm's native library is a Go c-shared
 * library, and Helm's install/upgrade call {@code signal.Notify(…, os.Interrupt, syscall.SIGTERM)}. The Go
 * runtime then installs its own handler for those signals (os/signal docs, "Non-Go programs that call Go code":
 * "If the Go code calls Notify for an asynchronous signal, a Go signal handler will be installed for that signal"),
 * never restored because Helm never calls {@code signal.Reset}, and from then on the JVM never sees them. Go installs
 * its handler only once per signal ({@code handlingSig}), so putting the JVM's handler back after that first
 * install keeps it for good; {@link #reclaimAfter} has Helm install it ahead, with nothing at stake, and the
 * repetition is the fallback that closes the window while a first Helm call runs.
 */
public final class Interrupts implements AutoCloseable {

    static final long RECLAIM_MS = 200;
    private static final Map<String, Integer> SIGNALS = Map.of("INT", 2, "TERM", 15);

    private final Interruption interruption = new Interruption();
    private final Thread commandThread;
    private final PrintStream err;
    private final AtomicInteger received = new AtomicInteger();
    private final Map<Signal, SignalHandler> previous = new LinkedHashMap<>();
    private final SignalHandler handler = this::onSignal;
    private final ScheduledExecutorService reclaimer;
    private volatile boolean persistent;

    private Interrupts(PrintStream err) {
        this.commandThread = Thread.currentThread();
        this.err = err;
        SIGNALS.keySet().forEach(name -> {
            Signal s = new Signal(name);
            previous.put(s, Signal.handle(s, handler));
        });
        reclaimer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "airflow-aks-signal-reclaim");
            t.setDaemon(true);
            return t;
        });
        reclaimer.scheduleWithFixedDelay(this::reclaim, RECLAIM_MS, RECLAIM_MS, TimeUnit.MILLISECONDS);
    }

    /** Takes SIGINT and SIGTERM for the calling thread's command until {@link #close()}. */
    public static Interrupts install(PrintStream err) {
        return new Interrupts(err);
    }

    public Interruption interruption() {
        return interruption;
    }

    public boolean requested() {
        return interruption.requested();
    }

    /** 130 after SIGINT, 143 after SIGTERM. */
    public int exitCode() {
        return 128 + SIGNALS.getOrDefault(interruption.signal().orElse("SIGINT").substring(3), 2);
    }

    /**
     * After the first signal, interrupt the command's thread again on every tick until it returns: for a command
     * that is not made of steps (the conformance suite), so each wait it enters next also stops at once.
     */
    public Interrupts persistent() {
        this.persistent = true;
        return this;
    }

    /**
     * Runs {@code foreignHandlerInstall} (a call that makes a native library take SIGINT/SIGTERM, like Helm's first
     * install) and takes the signals back at once, instead of up to {@value #RECLAIM_MS} ms later; a failing call
     * is reported and left to the periodic reclaim.
     */
    public Interrupts reclaimAfter(Runnable foreignHandlerInstall) {
        try {
            foreignHandlerInstall.run();
        } catch (RuntimeException | LinkageError e) {
            err.println("(could not prepare Helm's signal handling ahead: " + e.getMessage() + ")");
        }
        previous.keySet().forEach(s -> Signal.handle(s, handler));
        return this;
    }

    private void reclaim() {
        previous.keySet().forEach(s -> Signal.handle(s, handler));
        if (persistent && interruption.requested()) {
            commandThread.interrupt();
        }
    }

    private void onSignal(Signal signal) {
        int count = received.incrementAndGet();
        String name = "SIG" + signal.getName();
        if (count > 1) {
            err.println("Second signal (" + name + "): exiting at once; " + interruption.abandoning()
                    .orElse("what was started keeps its state (run apply again to resume)") + ".");
            err.flush();
            Runtime.getRuntime().halt(128 + signal.getNumber());
        }
        interruption.request(name);
        err.println(name + " received: stopping the current step (send it again to exit at once).");
        err.flush();
        commandThread.interrupt();
    }

    /** Gives the signals back to the handlers that had them (the JVM's shutdown on Ctrl-C). */
    @Override
    public void close() {
        reclaimer.shutdownNow();
        if (persistent) {
            Thread.interrupted();
        }
        previous.forEach(Signal::handle);
    }
}
