package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.context.ConformanceFailure;
import dev.airflowaks.conformance.seed.CheckRunner;
import dev.airflowaks.conformance.seed.FakeAzure;
import dev.airflowaks.conformance.seed.GoodWorld;
import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.reports.model.HeadlineCause;
import dev.airflowaks.reports.model.Status;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 15, {@code twin start --fault image-missing}: the guide's ACR lacks {@code airflow:2.9.3}, so apply refuses
 * before any change (its images step) and leaves an empty cluster and an Azure side without the deploy article's
 * federated credential and access policy. Every check then runs against that; the report's first root cause must
 * be the missing image, not the namespace the refused apply never created.
 */
@EnableKubernetesMockClient(crud = true, https = false)
class ImageMissingVerdictTest {

    KubernetesClient client;

    @Test
    void theMissingImageIsTheFirstRootCauseOfTheEmptyNamespaceItLeavesBehind() {
        FakeAzure azure = new FakeAzure();
        azure.acrMissing.add("airflow:2.9.3");
        azure.federated.clear();
        azure.policies.clear();
        Map<String, Throwable> failures = CheckRunner.failures(new CheckContext(GoodWorld.context(client, azure),
                e -> { }), false);

        List<CheckResult> results = new ArrayList<>();
        failures.forEach((id, t) -> {
            assertTrue(t instanceof ConformanceFailure, id + " fails, never breaks, on an empty cluster: " + t);
            ConformanceFailure f = (ConformanceFailure) t;
            results.add(CheckResult.builder(id, f.step()).status(Status.FAILED).rootCause(f.rootCauseLine()).build());
        });
        assertTrue(failures.containsKey("NamespaceCheck.namespaceIsActive"), failures.keySet().toString());

        CheckResult headline = HeadlineCause.of(results).orElseThrow();
        assertEquals("AzureSideCheck.acrHoldsTheImportedImages", headline.id(), () -> results.stream()
                .map(r -> r.id() + ": " + r.rootCause()).toList().toString());
        assertEquals("ACR airflowaksacr lacks airflowaksacr.azurecr.io/airflow:2.9.3 (HEAD /v2/airflow/manifests/"
                + "2.9.3: 404) → fix: infrastructure guide, step 'import images'", headline.rootCause());
    }
}
