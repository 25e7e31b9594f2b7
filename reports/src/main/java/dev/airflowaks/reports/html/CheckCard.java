package dev.airflowaks.reports.html;

import static dev.airflowaks.reports.html.Html.esc;

import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.reports.model.Evidence;
import dev.airflowaks.reports.model.Status;
import java.util.List;

/**
 * One check as a card: status, guide step, root cause and fix first, expected against actual next, and the evidence
 * last, each piece of evidence collapsed so a long log never pushes the next failure off the screen.
 */
final class CheckCard {

    private final SecretRedactor redactor;

    CheckCard(SecretRedactor redactor) {
        this.redactor = redactor;
    }

    void appendTo(StringBuilder out, CheckResult c, boolean open) {
        out.append("<details class=\"check ").append(StatusBadge.cssClass(c.status())).append("\" id=\"")
                .append(Html.anchor("check", c.id())).append('"').append(open ? " open" : "").append(">")
                .append("<summary>").append(StatusBadge.of(c.status()))
                .append(" <span class=\"name\">").append(esc(c.displayName())).append("</span>")
                .append("<span class=\"dur\">").append(c.duration().isZero() ? "" : esc(Html.duration(c.duration())))
                .append("</span>")
                .append("</summary><div class=\"body\">");
        out.append("<p class=\"step\">Guide: ");
        if (c.guide().url().isBlank()) {
            out.append(esc(c.guide().label()));
        } else {
            out.append("<a href=\"").append(esc(c.guide().url())).append("\">").append(esc(c.guide().article()))
                    .append("</a> \u203a ").append(esc(c.guide().step()));
        }
        out.append(" <span class=\"cid\">").append(esc(c.id())).append("</span></p>");
        field(out, "reason", c.status().label() + " because", c.reason());
        rootCause(out, c.rootCause());
        field(out, "fix", "Fix", c.fixHint());
        if (!c.expected().isBlank() || !c.actual().isBlank()) {
            out.append("<div class=\"cmp\"><div><h4>Expected</h4><pre>").append(esc(dash(c.expected())))
                    .append("</pre></div><div><h4>Actual</h4><pre>").append(actual(c))
                    .append("</pre></div></div>");
        }
        if (!c.evidence().isEmpty()) {
            out.append("<div class=\"evidence\"><h4>Evidence (").append(c.evidence().size()).append(")</h4>");
            for (Evidence e : c.evidence()) {
                String text = redactor.redact(e);
                out.append("<details class=\"ev\"><summary>").append(esc(e.name()))
                        .append(" <small>").append(esc(e.mediaType())).append(" \u00b7 ")
                        .append(text.lines().count()).append(" lines</small></summary><pre>")
                        .append(esc(text)).append("</pre></details>");
            }
            out.append("</div>");
        }
        out.append("</div></details>\n");
    }

    private static void field(StringBuilder out, String cls, String title, String text) {
        if (!text.isBlank()) {
            out.append("<div class=\"f ").append(cls).append("\"><h4>").append(esc(title)).append("</h4><p>")
                    .append(esc(text)).append("</p></div>");
        }
    }

    /**
     * A dependency chain ("pod Pending \u2190 PVC Pending \u2190 \u2026") reads best top to bottom, the first broken
     * link, which comes last, highlighted.
     */
    private static void rootCause(StringBuilder out, String cause) {
        if (cause.isBlank()) {
            return;
        }
        String[] links = cause.split("\\s+\u2190\\s+");
        if (links.length < 2) {
            field(out, "cause", "Root cause", cause);
            return;
        }
        out.append("<div class=\"f cause\"><h4>Root cause \u2014 dependency chain, first broken link last</h4><ol class=\"chain\">");
        for (int i = 0; i < links.length; i++) {
            out.append(i == links.length - 1 ? "<li class=\"root\">" : "<li>").append(esc(links[i])).append("</li>");
        }
        out.append("</ol></div>");
    }

    /** The actual value, its lines that differ from the expected one marked, for a failed or broken check. */
    private static String actual(CheckResult c) {
        if (c.actual().isBlank() || c.expected().isBlank() || c.status() == Status.PASSED) {
            return esc(dash(c.actual()));
        }
        List<String> expected = c.expected().lines().toList();
        List<String> actual = c.actual().lines().toList();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < actual.size(); i++) {
            String line = actual.get(i);
            boolean same = i < expected.size() && expected.get(i).equals(line);
            sb.append(i == 0 ? "" : "\n").append(same ? esc(line) : "<mark>" + esc(line) + "</mark>");
        }
        return sb.toString();
    }

    private static String dash(String s) {
        return s.isBlank() ? "\u2014" : s;
    }
}
