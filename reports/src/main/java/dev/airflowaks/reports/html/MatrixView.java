package dev.airflowaks.reports.html;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.reports.model.RunReport;
import dev.airflowaks.reports.model.Status;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The guide, step by step, with the checks that prove each step (matrix.jte): the two articles keep the guide's order
 * (infrastructure, then deploy), steps the catalogue's order ({@link GuideStepId}), checks the order they ran in.
 */
final class MatrixView {

    /** One article of the guide and its steps that have checks. */
    record Article(String name, String url, List<Step> steps) {
    }

    /** One step of the catalogue and its checks, in run order. */
    record Step(String name, String url, List<CheckResult> checks) {
    }

    private MatrixView() {
    }

    static List<Article> articles(RunReport r) {
        Map<GuideStepId, List<CheckResult>> byStep = new TreeMap<>();
        for (CheckResult c : r.checks()) {
            byStep.computeIfAbsent(c.guide(), s -> new ArrayList<>()).add(c);
        }
        List<Article> articles = new ArrayList<>();
        for (dev.airflowaks.guide.Article article : dev.airflowaks.guide.Article.values()) {
            List<Step> steps = GuideStepId.of(article).stream().filter(byStep::containsKey)
                    .map(s -> new Step(s.number() + ". " + s.title(), s.url(), byStep.get(s))).toList();
            if (!steps.isEmpty()) {
                articles.add(new Article(article.title(), article.url(), steps));
            }
        }
        return articles;
    }

    /** The root cause of a failure or breakage, the reason of anything else. */
    static String note(CheckResult c) {
        if (c.status() == Status.FAILED || c.status() == Status.BROKEN) {
            return c.rootCause().isBlank() ? c.actual() : Html.firstBrokenLink(c.rootCause());
        }
        return c.reason();
    }
}
