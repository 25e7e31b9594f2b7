package dev.airflowaks.reports.html;

import java.time.Duration;
import java.util.Locale;

/** HTML escaping and small formatting helpers: every text that reaches the page goes through {@link #esc}. */
final class Html {

    private Html() {
    }

    /** Escapes text for element content and double- or single-quoted attribute values. */
    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t' && c != '\r') {
                        sb.append("&#xFFFD;");
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    /** An id usable as an anchor: letters, digits and dashes only. */
    static String anchor(String prefix, String id) {
        return prefix + "-" + id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
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
}
