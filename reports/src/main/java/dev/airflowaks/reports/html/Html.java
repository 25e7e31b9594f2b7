package dev.airflowaks.reports.html;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Small formatting helpers the templates call; escaping is jte's, by the context each value lands in. */
final class Html {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'")
            .withZone(ZoneOffset.UTC);

    private Html() {
    }

    /** An id usable as an anchor: letters, digits and dashes only. */
    static String anchor(String prefix, String id) {
        return prefix + "-" + id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }

    /** "2026-11-27 03:00:00 UTC": the page never depends on the reader's time zone. */
    static String when(Instant instant) {
        return WHEN.format(instant);
    }

    /** "12 ms", "2.3 s", "1 min 05 s": short enough for a table cell, exact enough for a timeline. */
    static String duration(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long s = d.toSeconds();
        return String.format(Locale.ROOT, "%d min %02d s", s / 60, s % 60);
    }

    /** The first broken link of a root-cause chain "symptom \u2190 cause \u2190 first broken link" is its last element. */
    static String firstBrokenLink(String chain) {
        int at = chain.lastIndexOf('\u2190');
        return at < 0 ? chain : chain.substring(at + 1).strip();
    }

    /** "\u2014" for an empty value, so an empty cell reads as "nothing" rather than as a rendering gap. */
    static String dash(String s) {
        return s == null || s.isBlank() ? "\u2014" : s;
    }
}
