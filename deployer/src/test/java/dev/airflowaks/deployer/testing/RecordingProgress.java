package dev.airflowaks.deployer.testing;

import dev.airflowaks.deployer.progress.ProgressListener;
import java.util.List;

/**
 * Records a deployer's progress as plain lines ("start 3 title", "3 created", "8 FAILED why", "info ...") into a list
 * the test owns, so assertions can name the step and outcome they expect.
 */
public final class RecordingProgress implements ProgressListener {

    private final List<String> lines;

    public RecordingProgress(List<String> lines) {
        this.lines = lines;
    }

    @Override
    public void stepStarted(String id, String title) {
        lines.add("start " + id + " " + title);
    }

    @Override
    public void stepFinished(String id, String title, String outcome, long ms) {
        lines.add(id + " " + outcome);
    }

    @Override
    public void stepFailed(String id, String title, String error, long ms) {
        lines.add(id + " FAILED " + error);
    }

    @Override
    public void info(String message) {
        lines.add("info " + message);
    }
}
