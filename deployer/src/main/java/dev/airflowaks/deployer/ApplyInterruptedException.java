package dev.airflowaks.deployer;

/**
 * Thrown into an apply when the user or the runner asked it to stop (a signal). {@link FailurePolicy} recognises it
 * anywhere in a cause chain and then never undoes, even with {@code --atomic}.
 */
public final class ApplyInterruptedException extends RuntimeException {

    public ApplyInterruptedException(String message) {
        super(message);
    }

    public ApplyInterruptedException(String message, Throwable cause) {
        super(message, cause);
    }
}
