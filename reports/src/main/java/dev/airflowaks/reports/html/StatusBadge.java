package dev.airflowaks.reports.html;

import dev.airflowaks.reports.model.Grade;
import dev.airflowaks.reports.model.Status;
import java.util.Locale;

/** A status as a coloured badge that also carries a symbol and a word, so it reads without colour too. */
final class StatusBadge {

    private StatusBadge() {
    }

    static String symbol(Status s) {
        return switch (s) {
            case PASSED -> "\u2713";
            case FAILED -> "\u2717";
            case BROKEN -> "!";
            case SKIPPED -> "\u2013";
            case NOT_APPLICABLE -> "\u2205";
            case SUBSTITUTED -> "\u21c4";
        };
    }

    static String cssClass(Status s) {
        return "st-" + s.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    static String of(Status s) {
        return "<span class=\"badge " + cssClass(s) + "\"><span aria-hidden=\"true\">" + symbol(s) + "</span> "
                + Html.esc(s.label()) + "</span>";
    }

    static String of(Grade.Level level) {
        return level == Grade.Level.PASS
                ? "<span class=\"badge st-passed\"><span aria-hidden=\"true\">\u2713</span> Pass</span>"
                : "<span class=\"badge st-warn\"><span aria-hidden=\"true\">\u26a0</span> Warning</span>";
    }
}
