package dev.airflowaks.reports.html;

import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.reports.model.GuideStep;
import dev.airflowaks.reports.model.RunReport;
import dev.airflowaks.reports.model.Status;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The guide, step by step, with the checks that prove each step (matrix.jte): the two articles keep the guide's order
 * (infrastructure, then deploy); steps and checks keep the order they ran in.
 */
final class MatrixView {

    /** One article of the guide and its steps that have checks. */
    record Article(String name, String url, List<Step> steps) {
    }

    /** One step and its checks, in run order. */
    record Step(String name, List<CheckResult> checks) {
    }

    private MatrixView() {
    }

    static List<Article> articles(RunReport r) {
        Map<String, Map<String, List<CheckResult>>> byArticle = new LinkedHashMap<>();
        for (String article : List.of(GuideStep.INFRASTRUCTURE, GuideStep.DEPLOY)) {
            byArticle.put(article, new LinkedHashMap<>());
        }
        for (CheckResult c : r.checks()) {
            byArticle.computeIfAbsent(c.guide().article(), a -> new LinkedHashMap<>())
                    .computeIfAbsent(c.guide().step(), s -> new ArrayList<>()).add(c);
        }
        List<Article> articles = new ArrayList<>();
        byArticle.forEach((name, steps) -> {
            if (!steps.isEmpty()) {
                String url = steps.values().iterator().next().get(0).guide().url();
                articles.add(new Article(name, url,
                        steps.entrySet().stream().map(e -> new Step(e.getKey(), e.getValue())).toList()));
            }
        });
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
