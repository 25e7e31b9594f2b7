package dev.airflowaks.deployer.progress;

import java.io.PrintStream;
import java.util.Locale;

/** Prints one line per step with its elapsed time, e.g. {@code [ 3/11] ESO chart ........ installed (12.4s)}. */
public final class PrintingProgress implements ProgressListener {

    private final PrintStream out;
    private final int total;

    public PrintingProgress(PrintStream out, int total) {
        this.out = out;
        this.total = total;
    }

    @Override
    public void stepStarted(String stepId, String title) {
        // One line per step: the line is printed when the step ends.
    }

    @Override
    public void stepFinished(String stepId, String title, String outcome, long elapsedMillis) {
        out.println(line(stepId, title, outcome, elapsedMillis));
    }

    @Override
    public void stepFailed(String stepId, String title, String error, long elapsedMillis) {
        out.println(line(stepId, title, "FAILED", elapsedMillis) + "\n        " + error);
    }

    @Override
    public void info(String message) {
        out.println("        " + message);
    }

    private String line(String stepId, String title, String outcome, long ms) {
        String dots = ".".repeat(Math.max(2, 40 - title.length()));
        return String.format(Locale.ROOT, "[%2s/%d] %s %s %s (%.1fs)", stepId, total, title, dots, outcome,
                ms / 1000.0);
    }
}
