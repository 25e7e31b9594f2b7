package dev.airflowaks.deployer.interrupt;

import java.util.Optional;

/**
 * A step stopped because the run was interrupted. {@link #recovery()} is set when resuming needs more than
 * {@code apply} again (a Helm release left pending by a call that outlived its finishing budget): the exact command.
 * {@link dev.airflowaks.deployer.FailurePolicy} treats it as an interrupt, so it never undoes anything.
 */
public final class StepInterrupted extends RuntimeException {

    private final String recovery;

    public StepInterrupted(String message) {
        this(message, null);
    }

    /** @param recovery what to do before {@code apply} resumes, e.g. "run 'helm uninstall airflow -n airflow'" */
    public StepInterrupted(String message, String recovery) {
        super(message);
        this.recovery = recovery;
    }

    public Optional<String> recovery() {
        return Optional.ofNullable(recovery);
    }
}
