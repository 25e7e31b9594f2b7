package dev.airflowaks.conformance.wait;

import dev.airflowaks.conformance.kube.AirflowComponent;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A group of pods the readiness gate waits for: the workload that owns them (a Deployment or StatefulSet named
 * {@code name}), their selector, the containers each must have ready, and the budget.
 */
public record Watched(String name, String workloadKind, Map<String, String> labels, int containers,
                      WaitBudget budget) {

    /** The ESO controller's three Deployments and the Airflow components, in the order the guide deploys them. */
    public static List<Watched> guideComponents() {
        Stream<Watched> eso = Stream.of("external-secrets", "external-secrets-webhook",
                        "external-secrets-cert-controller")
                .map(n -> new Watched(n, "Deployment", Map.of("app.kubernetes.io/name", n), 1,
                        WaitBudget.ESO_POD_READY));
        Stream<Watched> airflow = Stream.of(AirflowComponent.values())
                .map(c -> new Watched(c.workloadName(), c.workloadKind(), c.podLabels(), c.containers(),
                        WaitBudget.AIRFLOW_POD_READY));
        return Stream.concat(eso, airflow).toList();
    }
}
