package dev.airflowaks.reports.html;

import static dev.airflowaks.reports.html.Html.esc;

import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.reports.model.RunReport;
import dev.airflowaks.reports.model.Status;
import java.util.List;

/**
 * The checks a reader must act on, opened: one list for {@link Status#FAILED} (the target does not match the guide)
 * and a separate one for {@link Status#BROKEN} (the run could not decide), because they call for different people.
 */
final class ProblemsSection implements Section {

    private final Status status;
    private final String title;
    private final String intro;
    private final CheckCard card;

    private ProblemsSection(Status status, String title, String intro, CheckCard card) {
        this.status = status;
        this.title = title;
        this.intro = intro;
        this.card = card;
    }

    static ProblemsSection failed(CheckCard card) {
        return new ProblemsSection(Status.FAILED, "Failed: the target does not match the guide",
                "Each failure names the first broken link of the dependency chain and the guide step that fixes it.", card);
    }

    static ProblemsSection broken(CheckCard card) {
        return new ProblemsSection(Status.BROKEN, "Broken: the run could not decide",
                "The harness or the target broke before the check could compare. These say nothing about conformance; fix the run and rerun.", card);
    }

    @Override
    public void appendTo(StringBuilder out, RunReport r) {
        List<CheckResult> these = r.checks().stream().filter(c -> c.status() == status).toList();
        if (these.isEmpty()) {
            return;
        }
        out.append("<section class=\"problems ").append(StatusBadge.cssClass(status)).append("\"><h2>")
                .append(esc(title)).append(" <span class=\"pill\">").append(these.size()).append("</span></h2>")
                .append("<p class=\"lead\">").append(esc(intro)).append("</p>\n");
        these.forEach(c -> card.appendTo(out, c, true));
        out.append("</section>\n");
    }
}
