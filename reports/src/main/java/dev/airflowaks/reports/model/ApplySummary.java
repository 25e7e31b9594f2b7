package dev.airflowaks.reports.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An apply that stopped, in at most three lines for the verdict box (the step, the cause, the fix); the deployer's
 * full text (pod conditions, state dumps) stays available as {@code details} below it.
 *
 * @param step    for example {@code stopped at step 10 (Airflow (Helm))}
 * @param cause   the first line of what stopped it, shortened
 * @param fix     the guide step named by a terminal cause ({@code → fix: …}), or empty
 * @param details the whole outcome as the deployer wrote it
 */
public record ApplySummary(String step, String cause, String fix, String details) {

    /** Marks an apply that refused before its first change (bad input): then its cause is the run's first cause. */
    public static final String REFUSED = "before any change";

    static final int MAX_CAUSE = 200;
    private static final String FIX = "\u2192 fix: ";

    /** Splits the deployer's {@code stopped at step N (title): cause…} text. */
    public static ApplySummary of(String outcome) {
        String first = outcome.lines().findFirst().orElse("").strip();
        int colon = first.indexOf("): ");
        String step = colon < 0 ? first : first.substring(0, colon + 1);
        String cause = colon < 0 ? "" : first.substring(colon + 3);
        int fixAt = outcome.indexOf(FIX);
        String fix = fixAt < 0 ? "" : "fix: " + outcome.substring(fixAt + FIX.length()).lines().findFirst().orElse("")
                .strip();
        int causeFix = cause.indexOf(FIX);
        if (causeFix >= 0) {
            cause = cause.substring(0, causeFix).strip();
        }
        if (cause.length() > MAX_CAUSE) {
            cause = cause.substring(0, MAX_CAUSE - 1) + "…";
        }
        return new ApplySummary(step, cause, fix, outcome);
    }

    /** The non-empty ones of step, cause and fix: never more than three lines. */
    public List<String> lines() {
        List<String> out = new ArrayList<>();
        for (String s : List.of(step, cause, fix)) {
            if (!s.isBlank()) {
                out.add(s);
            }
        }
        return out;
    }

    /** Whether the apply refused before changing anything, so that nothing the checks found can be its cause. */
    public boolean refused() {
        return step.contains(REFUSED);
    }

    /** Whether the details say more than the summary lines. */
    public boolean hasMoreDetails() {
        return !details.strip().equals(String.join("\n", lines()));
    }
}
