package dev.airflowaks.reports.model;

import dev.airflowaks.guide.GuideStepId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15: with --fault image-missing the box showed check 8's pending-install, not the image pull below it. */
class HeadlineCauseTest {

    private static CheckResult failed(String id, String rootCause) {
        return CheckResult.builder(id, GuideStepId.DEPLOY_AIRFLOW).status(Status.FAILED).rootCause(rootCause).build();
    }

    @Test
    void theDeepestCauseLeadsWhateverTheCheckOrder() {
        CheckResult release = failed("8-release", "Helm release airflow status: expected deployed, actual "
                + "pending-install → fix: deploy guide, step 'deploy Airflow'");
        CheckResult pods = failed("9-pods", "pod airflow-scheduler Pending 0/2 ready, init container "
                + "wait-for-airflow-migrations ErrImagePull (image airflowaksacr.azurecr.io/airflow:2.9.3) → fix: "
                + "infrastructure guide, step 'import images'");
        CheckResult passed = CheckResult.builder("1-ns", GuideStepId.DEPLOY_AIRFLOW).status(Status.PASSED).build();

        assertEquals("9-pods", HeadlineCause.of(List.of(passed, release, pods)).orElseThrow().id());
    }

    /**
     * Issue 15, {@code twin start --fault image-missing}: apply refuses before any change, so every cluster check
     * judges an empty namespace; the registry check's finding (fix "import images", an infrastructure step) lies
     * below the namespace and leads, whatever the check order.
     */
    @Test
    void anImageMissingFromTheAcrLeadsTheEmptyNamespaceItLeftBehind() {
        CheckResult namespace = failed("NamespaceCheck.namespaceIsActive", "Namespace airflow phase: expected Active, "
                + "actual missing → fix: deploy guide, step 'namespace'");
        CheckResult credential = failed("AzureSideCheck.federatedCredentialMatches", "federated credential missing "
                + "on identity airflow-aks-identity → fix: deploy guide, step 'federated credential'");
        CheckResult acr = failed("AzureSideCheck.acrHoldsTheImportedImages", "ACR airflowaksacr lacks "
                + "airflowaksacr.azurecr.io/airflow:2.9.3 (HEAD /v2/airflow/manifests/2.9.3: 404) → fix: "
                + "infrastructure guide, step 'import images'");
        CheckResult pods = failed("PodsCheck.componentsReady", "Deployment airflow-scheduler has no pod → fix: deploy "
                + "guide, step 'deploy Airflow'");

        assertEquals(acr, HeadlineCause.of(List.of(namespace, credential, acr, pods)).orElseThrow());
        assertEquals(acr, HeadlineCause.of(List.of(pods, acr, namespace)).orElseThrow());
    }

    @Test
    void theSameFixStepPrefersTheLongerChainUnlessACheckIsAboutThatLinkThenTheCheckOrder() {
        CheckResult pods = failed("9-pods", "pod airflow-scheduler Pending ← PVC pvc-airflow-logs Pending ← PV "
                + "pv-airflow-logs Released → fix: deploy guide, step 'logs persistent volume'");
        CheckResult pvc = failed("7-pvc", "PV pv-airflow-logs Released → fix: deploy guide, step 'logs persistent "
                + "volume'");
        CheckResult other = failed("7-pv2", "PV pv-airflow-logs Released → fix: deploy guide, step 'logs persistent "
                + "volume'");
        CheckResult classMismatch = failed("7-class", "PVC pvc-airflow-logs storageClassName standard → fix: deploy "
                + "guide, step 'logs persistent volume'");
        assertEquals("9-pods", HeadlineCause.of(List.of(classMismatch, pods)).orElseThrow().id(),
                "other links at the same step: the longer chain reached further");
        assertEquals("7-pvc", HeadlineCause.of(List.of(pods, pvc)).orElseThrow().id(),
                "the same link: the check whose own finding it is leads, the pods are its consequence");
        assertEquals(List.of(pods), HeadlineCause.consequences(List.of(pods, pvc)));
        assertEquals("7-pvc", HeadlineCause.of(List.of(pvc, other)).orElseThrow().id());
        assertTrue(HeadlineCause.of(List.of()).isEmpty());
    }

    @Test
    void anApplyStopIsThreeLinesAtMostWithTheDetailsKept() {
        String outcome = "stopped at step 11 (Readiness and summary): stopped waiting: PVC can never bind: "
                + "pvc/pvc-airflow-logs Pending ← PV pv-airflow-logs Released → fix: deploy guide, step 'logs "
                + "persistent volume'\n  while waiting for Deployment airflow-scheduler (6s of its 15m budget)\n"
                + "  state: ready 3/6; waiting: airflow-scheduler\n          pod airflow-scheduler-1 Pending";
        ApplySummary s = ApplySummary.of(outcome);
        assertEquals(List.of("stopped at step 11 (Readiness and summary)", "stopped waiting: PVC can never bind: "
                + "pvc/pvc-airflow-logs Pending ← PV pv-airflow-logs Released", "fix: deploy guide, step 'logs "
                + "persistent volume'"), s.lines());
        assertTrue(s.hasMoreDetails());
        assertEquals(outcome, s.details());
    }

    /** Issue 15.5: a rotated storage key explains the mount, the pods behind it and the UI; they are its consequences. */
    @Test
    void failuresEndingAtTheHeadlinesBrokenLinkAreItsConsequencesOthersStayCauses() {
        String key = "Key Vault secret storage-account-key SHA-256 is none of account airflowakslogs's current keys "
                + "(listKeys) → fix: infrastructure guide, step 'storage account'";
        CheckResult keyCheck = failed("azure-key", key);
        CheckResult pods = failed("9-pods", "pod airflow-scheduler-1 ContainerCreating ← PV pv-airflow-logs mount "
                + "fails ← " + key);
        CheckResult ui = failed("10-ui", "webserver not reachable ← pod airflow-webserver-1 ContainerCreating ← " + key);
        CheckResult unrelated = failed("5-sa", "ServiceAccount airflow annotation client-id 000 → fix: deploy guide, "
                + "step 'service account'");
        List<CheckResult> checks = List.of(unrelated, pods, keyCheck, ui);

        assertEquals("azure-key", HeadlineCause.of(checks).orElseThrow().id());
        assertEquals(List.of("9-pods", "10-ui"), HeadlineCause.consequences(checks).stream().map(CheckResult::id)
                .toList(), "the unrelated failure is a cause of its own");
        assertEquals(List.of(), HeadlineCause.consequences(List.of(unrelated)));
    }
}
