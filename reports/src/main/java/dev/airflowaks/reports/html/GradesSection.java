package dev.airflowaks.reports.html;

import static dev.airflowaks.reports.html.Html.esc;

import dev.airflowaks.reports.model.Grade;
import dev.airflowaks.reports.model.RunReport;
import java.util.Comparator;

/** The production-readiness grades, warnings first: advice beyond the guide, never part of the conformance verdict. */
final class GradesSection implements Section {

    @Override
    public void appendTo(StringBuilder out, RunReport r) {
        if (r.grades().isEmpty()) {
            return;
        }
        out.append("<section class=\"grades\"><h2>Production readiness</h2>")
                .append("<p class=\"lead\">The guide's best-practice list, graded as warnings. A warning does not make the target non-conformant.</p>")
                .append("<table><thead><tr><th scope=\"col\">Rule</th><th scope=\"col\">Grade</th><th scope=\"col\">Detail</th></tr></thead><tbody>");
        r.grades().stream().sorted(Comparator.comparing(g -> g.level() == Grade.Level.PASS)).forEach(g ->
                out.append("<tr class=\"").append(g.level() == Grade.Level.PASS ? "st-passed" : "st-warn")
                        .append("\"><th scope=\"row\">").append(esc(g.rule())).append("</th><td>")
                        .append(StatusBadge.of(g.level())).append("</td><td>").append(esc(g.detail())).append("</td></tr>"));
        out.append("</tbody></table></section>\n");
    }
}
