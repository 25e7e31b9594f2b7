package dev.airflowaks.deployer.steps;

import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.List;

/** Readiness of the Deployments and StatefulSets of a namespace, as one line for progress and timeouts. */
final class WorkloadState {

    private WorkloadState() {
    }

    static boolean ready(Deployment d) {
        int want = d.getSpec() == null || d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
        var s = d.getStatus();
        return s != null && s.getReadyReplicas() != null && s.getReadyReplicas() >= want;
    }

    static boolean ready(StatefulSet st) {
        int want = st.getSpec() == null || st.getSpec().getReplicas() == null ? 1 : st.getSpec().getReplicas();
        var s = st.getStatus();
        return s != null && s.getReadyReplicas() != null && s.getReadyReplicas() >= want;
    }

    /** e.g. {@code ready 3/6; waiting: airflow-scheduler, airflow-triggerer, airflow-postgresql}. */
    static String describe(KubernetesClient client, String namespace) {
        List<String> waiting = new ArrayList<>();
        int total = 0;
        for (Deployment d : client.apps().deployments().inNamespace(namespace).list().getItems()) {
            total++;
            if (!ready(d)) {
                waiting.add(d.getMetadata().getName());
            }
        }
        for (StatefulSet s : client.apps().statefulSets().inNamespace(namespace).list().getItems()) {
            total++;
            if (!ready(s)) {
                waiting.add(s.getMetadata().getName());
            }
        }
        return "ready " + (total - waiting.size()) + "/" + total
                + (waiting.isEmpty() ? "" : "; waiting: " + String.join(", ", waiting));
    }
}
