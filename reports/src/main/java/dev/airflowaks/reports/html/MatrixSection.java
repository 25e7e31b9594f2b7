package dev.airflowaks.reports.html;

import static dev.airflowaks.reports.html.Html.esc;

import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.reports.model.GuideStep;
import dev.airflowaks.reports.model.RunReport;
import dev.airflowaks.reports.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The guide, step by step, with the checks that prove each step and their status: the page's map. The two articles
 * keep the guide's order (infrastructure, then deploy); steps and checks keep the order they ran in.
 */
final class MatrixSection implements Section {

    @Override
    public void appendTo(StringBuilder out, RunReport r) {
        if (r.checks().isEmpty()) {
            return;
        }
        Map<String, Map<String, List<CheckResult>>> byArticle = new LinkedHashMap<>();
        for (String article : List.of(GuideStep.INFRASTRUCTURE, GuideStep.DEPLOY)) {
            byArticle.put(article, new LinkedHashMap<>());
        }
        for (CheckResult c : r.checks()) {
            byArticle.computeIfAbsent(c.guide().article(), a -> new LinkedHashMap<>())
                    .computeIfAbsent(c.guide().step(), s -> new ArrayList<>()).add(c);
        }
        out.append("<section class=\"matrix\"><h2>Guide step \u2192 checks</h2>")
                .append("<table><thead><tr><th scope=\"col\">Guide step</th><th scope=\"col\">Check</th>")
                .append("<th scope=\"col\">Status</th><th scope=\"col\">Note</th></tr></thead>");
        for (Map.Entry<String, Map<String, List<CheckResult>>> article : byArticle.entrySet()) {
            if (article.getValue().isEmpty()) {
                continue;
            }
            String url = article.getValue().values().iterator().next().get(0).guide().url();
            out.append("<tbody><tr class=\"article\"><th colspan=\"4\" scope=\"rowgroup\">")
                    .append(url.isBlank() ? esc(article.getKey())
                            : "<a href=\"" + esc(url) + "\">" + esc(article.getKey()) + "</a>")
                    .append("</th></tr>");
            for (Map.Entry<String, List<CheckResult>> step : article.getValue().entrySet()) {
                List<CheckResult> checks = step.getValue();
                for (int i = 0; i < checks.size(); i++) {
                    CheckResult c = checks.get(i);
                    out.append("<tr class=\"").append(StatusBadge.cssClass(c.status())).append("\">");
                    if (i == 0) {
                        out.append("<th scope=\"row\" class=\"stepname\" rowspan=\"").append(checks.size()).append("\">")
                                .append(esc(step.getKey())).append("</th>");
                    }
                    out.append("<td><a href=\"#").append(Html.anchor("check", c.id())).append("\">")
                            .append(esc(c.displayName())).append("</a></td><td>").append(StatusBadge.of(c.status()))
                            .append("</td><td class=\"note\">").append(esc(note(c))).append("</td></tr>");
                }
            }
            out.append("</tbody>");
        }
        out.append("</table></section>\n");
    }

    private static String note(CheckResult c) {
        if (c.status() == Status.FAILED || c.status() == Status.BROKEN) {
            return c.rootCause().isBlank() ? c.actual() : Html.firstBrokenLink(c.rootCause());
        }
        return c.reason();
    }
}
