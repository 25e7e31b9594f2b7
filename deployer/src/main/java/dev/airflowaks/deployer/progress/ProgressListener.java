package dev.airflowaks.deployer.progress;

/**
 * Where the deployer reports progress: one line per step with elapsed time, plus messages while waiting. The CLI
 * prints to the terminal; tests collect the lines. Implementations never receive secret values.
 */
public interface ProgressListener {

    void stepStarted(String stepId, String title);

    void stepFinished(String stepId, String title, String outcome, long elapsedMillis);

    void stepFailed(String stepId, String title, String error, long elapsedMillis);

    /** A note during a step, e.g. the state of a wait that has lasted more than two seconds. */
    void info(String message);

    /** A listener that drops everything. */
    static ProgressListener silent() {
        return new ProgressListener() {
            @Override
            public void stepStarted(String stepId, String title) {
            }

            @Override
            public void stepFinished(String stepId, String title, String outcome, long elapsedMillis) {
            }

            @Override
            public void stepFailed(String stepId, String title, String error, long elapsedMillis) {
            }

            @Override
            public void info(String message) {
            }
        };
    }
}
