package dev.airflowaks.deployer;

import java.io.InterruptedIOException;
import java.nio.channels.ClosedByInterruptException;

/**
 * Whether a failed apply undoes what it did. Helm undoes only with {@code --atomic} and Terraform never does, so
 * the default keeps the partial state for inspection and resuming. An <em>interrupt</em> (Ctrl-C, SIGTERM from a CI
 * runner, a cancelled thread) never undoes, even with {@code --atomic}: the user asked the tool to stop, not to run
 * a second series of writes, and the recorded progress lets the next apply resume.
 *
 * <p>This is the one place that decides; signal handling reports an interrupt either by interrupting the applying
 * thread or by throwing {@link ApplyInterruptedException} (a step: {@link
 * dev.airflowaks.deployer.interrupt.StepInterrupted}).
 */
public final class FailurePolicy {

    private final boolean atomic;

    public FailurePolicy(boolean atomic) {
        this.atomic = atomic;
    }

    /** Undo only when {@code --atomic} was given and the failure is not an interrupt. */
    public boolean undo(Throwable failure) {
        return atomic && !isInterrupt(failure);
    }

    public boolean atomic() {
        return atomic;
    }

    /** The failure, or one of its causes, is an interrupt, or the current thread was interrupted. */
    public static boolean isInterrupt(Throwable failure) {
        if (Thread.currentThread().isInterrupted()) {
            return true;
        }
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof InterruptedException || t instanceof ApplyInterruptedException
                    || t instanceof dev.airflowaks.deployer.interrupt.StepInterrupted
                    || t instanceof ClosedByInterruptException
                    || (t instanceof InterruptedIOException && !(t instanceof java.net.SocketTimeoutException))) {
                return true;
            }
        }
        return false;
    }
}
