package dev.airflowaks.reports.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class VerdictTest {

    private static List<CheckResult> checks(Status... statuses) {
        return Arrays.stream(statuses)
                .map(s -> CheckResult.builder("c-" + s, GuideStep.deploy("x")).status(s).build()).toList();
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

    @Test
    void countsEveryStatus() {
        StatusCounts c = StatusCounts.of(checks(Status.PASSED, Status.PASSED, Status.FAILED));
        assertEquals(2, c.get(Status.PASSED));
        assertEquals(0, c.get(Status.BROKEN));
        assertEquals(3, c.total());
        assertEquals("2 passed, 1 failed", c.toString());
    }
}
