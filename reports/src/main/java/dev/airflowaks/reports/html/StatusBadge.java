package dev.airflowaks.reports.html;

import dev.airflowaks.reports.model.Status;
import java.util.Locale;

/** A status's symbol and CSS class, so a badge (badge.jte) reads without colour too. */
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
}
