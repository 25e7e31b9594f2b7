package dev.airflowaks.reports.model;

import dev.airflowaks.guide.GuideStepId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

    private static List<CheckResult> checks(Status... statuses) {
        return Arrays.stream(statuses)
                .map(s -> CheckResult.builder("c-" + s, GuideStepId.DEPLOY_AIRFLOW).status(s).build()).toList();
    }

    @Test
    void aFailureMakesTheTargetNotConformantEvenWhenSomethingAlsoBroke() {
        assertEquals(Verdict.NOT_CONFORMANT, Verdict.of(checks(Status.PASSED, Status.BROKEN, Status.FAILED)));
    }

    @Test
    void brokenOrSkippedChecksNeverCountAsPassing() {
        assertEquals(Verdict.INCONCLUSIVE, Verdict.of(checks(Status.PASSED, Status.BROKEN)));
        assertEquals(Verdict.INCONCLUSIVE, Verdict.of(checks(Status.PASSED, Status.SKIPPED)));
    }

    @Test
    void nothingPassedIsInconclusive() {
        assertEquals(Verdict.INCONCLUSIVE, Verdict.of(checks()));
        assertEquals(Verdict.INCONCLUSIVE, Verdict.of(checks(Status.NOT_APPLICABLE)));
    }

    @Test
    void notApplicableAndSubstitutedChecksAllowAConformantVerdict() {
        assertEquals(Verdict.CONFORMANT, Verdict.of(checks(Status.PASSED, Status.NOT_APPLICABLE, Status.SUBSTITUTED)));
    }

    /** Issue 15: "Conformant (22 passed, 2 substituted)" read as a plain pass. */
    @Test
    void aConformantRunWithStandInsSaysSoInItsHeadlineAndKeepsTheTwoCaveatsApart() {
        StatusCounts c = StatusCounts.of(checks(Status.PASSED, Status.SUBSTITUTED, Status.SUBSTITUTED,
                Status.NOT_APPLICABLE));
        assertEquals("Conformant, with 2 checks answered by stand-ins", Headline.of(Verdict.CONFORMANT, c));
        List<String> caveats = Headline.caveats(c);
        assertEquals(2, caveats.size());
        assertTrue(caveats.get(0).startsWith("2 checks were answered by a stand-in"), caveats.get(0));
        assertTrue(caveats.get(1).startsWith("1 check does not apply to this target and did not run"),
                caveats.get(1));
    }

    @Test
    void onlyStandInsProveNothingEitherWay() {
        assertEquals(Verdict.INCONCLUSIVE, Verdict.of(checks(Status.SUBSTITUTED, Status.NOT_APPLICABLE)));
        assertEquals("Conformant", Headline.of(Verdict.CONFORMANT, StatusCounts.of(checks(Status.PASSED))));
    }

    @Test
    void countsEveryStatus() {
        StatusCounts c = StatusCounts.of(checks(Status.PASSED, Status.PASSED, Status.FAILED));
        assertEquals(2, c.get(Status.PASSED));
        assertEquals(0, c.get(Status.BROKEN));
        assertEquals(3, c.total());
        assertEquals("2 passed, 1 failed", c.toString());
    }
}
