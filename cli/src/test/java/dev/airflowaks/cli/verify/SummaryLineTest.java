package dev.airflowaks.cli.verify;

import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.reports.model.Status;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SummaryLineTest {

    private static CheckResult.Builder check(String id, Status status) {
        return CheckResult.builder(id, GuideStepId.DEPLOY_AIRFLOW).status(status)
                .expected("release: installed\nstatus: deployed").actual("release: installed\nstatus: pending-install");
    }

    @Test
    void aFailedCheckNamesItsFirstFailingExpectationNotTheFirstComparison() {
        String line = SummaryLine.of(check("AirflowReleaseCheck.releaseDeployed", Status.FAILED)
                .reason("status: expected deployed, actual pending-install").build());
        assertEquals("  FAILED AirflowReleaseCheck.releaseDeployed: status: expected deployed, actual pending-install",
                line);
    }

    @Test
    void aFailedCheckWithARootCauseAddsTheFirstBrokenLinkAndItsFix() {
        String line = SummaryLine.of(check("PodsCheck.componentsReady", Status.FAILED)
                .reason("airflow-scheduler Ready: expected True, actual False")
                .rootCause("pod airflow-scheduler ImagePullBackOff ← image airflowaksacr.azurecr.io/airflow:2.9.3 "
                        + "missing → fix: infrastructure guide, step 'import images'").build());
        assertEquals("  FAILED PodsCheck.componentsReady: airflow-scheduler Ready: expected True, actual False; root cause:"
                + " image airflowaksacr.azurecr.io/airflow:2.9.3 missing → fix: infrastructure guide, step 'import images'",
                line);
    }

    @Test
    void aFailedCheckFromAnOlderReportWithoutReasonFallsBackToTheActualSide() {
        assertEquals("  FAILED X.y: release: installed", SummaryLine.of(check("X.y", Status.FAILED).build()));
    }

    @Test
    void aBrokenCheckNamesWhatBrokeIt() {
        String line = SummaryLine.of(check("NamespaceCheck.namespaceIsActive", Status.BROKEN)
                .rootCause("IllegalArgumentException: kubeconfig /x does not exist\n\tat ...").build());
        assertEquals("  BROKEN NamespaceCheck.namespaceIsActive: IllegalArgumentException: kubeconfig /x does not exist",
                line);
    }
}
