package dev.airflowaks.cli.verify;

import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.reports.model.Status;

import java.util.Locale;

/**
 * The console line of a failed or broken check: what a user reads first, so it names the first failing expectation
 * ({@code status: expected deployed, actual pending-install}) and, when the root-cause search found one, the first
 * broken link of the chain with its fix. The full comparison list stays in the report.
 */
final class SummaryLine {

    private SummaryLine() {
    }

    static String of(CheckResult c) {
        String head = "  " + c.status().label().toUpperCase(Locale.ROOT) + " " + c.id() + ": ";
        if (c.status() == Status.FAILED) {
            String why = c.reason().isBlank() ? firstLine(c.actual()) : c.reason();
            String cause = firstBrokenLink(c.rootCause());
            return head + why + (cause.isEmpty() || cause.equals(why) ? "" : "; root cause: " + cause);
        }
        return head + (c.rootCause().isBlank() ? firstLine(c.actual()) : firstLine(c.rootCause()));
    }

    private static String firstLine(String text) {
        return text.lines().findFirst().orElse("");
    }

    /** The last link of "a ← b ← c → fix: ..." (the one that broke first), or the whole first line. */
    private static String firstBrokenLink(String chain) {
        String line = firstLine(chain);
        int at = line.lastIndexOf('\u2190');
        return at < 0 ? line.strip() : line.substring(at + 1).strip();
    }
}
