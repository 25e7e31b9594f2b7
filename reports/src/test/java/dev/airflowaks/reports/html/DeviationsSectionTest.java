package dev.airflowaks.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.guide.world.Deviation;
import dev.airflowaks.guide.world.WorldFacts;
import dev.airflowaks.reports.model.AppliedDeviation;
import dev.airflowaks.reports.model.ReportJson;
import dev.airflowaks.reports.model.RunReport;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 11, "the HTML report lists it too": the deviations the deployer applied (world-facts.yaml's
 * {@code deviations:}) are part of the report model and of report.json, and the page shows them with reason, date
 * and source; a {@code --verbatim} run says "none: the guide as published"; a run that did not deploy says nothing.
 */
class DeviationsSectionTest {

    private final HtmlReport renderer = new HtmlReport();
    private final Deviation bitnami = WorldFacts.load().deviation("postgresql-from-bitnamilegacy");

    private static RunReport with(List<AppliedDeviation> deviations) {
        RunReport ok = SampleReports.allPassed();
        return new RunReport(ok.runId(), ok.startedAt(), ok.finishedAt(), ok.target(), ok.environment(), ok.checks(),
                ok.timeline(), ok.grades(), deviations);
    }

    @Test
    void theAppliedDeviationShowsWithItsReasonDateAndSource() {
        String html = renderer.render(with(List.of(AppliedDeviation.of(bitnami))));
        assertTrue(html.contains("<h2>Deviations from the guide</h2>"), "section present");
        assertTrue(html.contains(bitnami.summary()), "what the deployer did");
        assertTrue(html.contains("<td>2025-08-28</td>"), "since");
        assertTrue(html.contains("bitnami/containers#83267"), "source");
        assertTrue(html.contains("docker.io/bitnamilegacy"), "reason names the move");
        assertFalse(html.contains("none: the guide as published"));
    }

    @Test
    void aVerbatimRunSaysNone() {
        String html = renderer.render(with(List.of()));
        assertTrue(html.contains("<h2>Deviations from the guide</h2>"));
        assertTrue(html.contains("none: the guide as published"));
    }

    @Test
    void aRunThatDidNotDeploySaysNothingAboutDeviations() {
        assertFalse(renderer.render(SampleReports.allPassed()).contains("Deviations from the guide"));
    }

    @Test
    void reportJsonKeepsTheDeviationsAndTheirAbsence() {
        ReportJson json = new ReportJson();
        RunReport applied = json.fromJson(json.toJson(with(List.of(AppliedDeviation.of(bitnami)))));
        assertEquals(List.of(AppliedDeviation.of(bitnami)), applied.deviations());
        assertEquals(List.of(), json.fromJson(json.toJson(with(List.of()))).deviations());
        assertNull(json.fromJson(json.toJson(SampleReports.allPassed())).deviations());
    }
}
