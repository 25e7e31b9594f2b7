package dev.airflowaks.reports.html;

import dev.airflowaks.reports.model.RunReport;
import dev.airflowaks.reports.model.Status;

/** Every check that is not a failure or breakage, collapsed: the proof behind each pass, substitution and skip. */
final class DetailsSection implements Section {

    private final CheckCard card;

    DetailsSection(CheckCard card) {
        this.card = card;
    }

    @Override
    public void appendTo(StringBuilder out, RunReport r) {
        var rest = r.checks().stream()
                .filter(c -> c.status() != Status.FAILED && c.status() != Status.BROKEN).toList();
        if (rest.isEmpty()) {
            return;
        }
        out.append("<section class=\"details\"><h2>Every other check <span class=\"pill\">").append(rest.size())
                .append("</span></h2><p class=\"lead\">Open a check to see what was expected, what was found and the evidence.</p>\n");
        rest.forEach(c -> card.appendTo(out, c, false));
        out.append("</section>\n");
    }
}
