package dev.airflowaks.deployer.steps;

import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.Pod;
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
        StringBuilder jobs = new StringBuilder();
        for (var j : client.batch().v1().jobs().inNamespace(namespace).list().getItems()) {
            var st = j.getStatus();
            jobs.append("; job ").append(j.getMetadata().getName()).append(st == null ? " (no status)"
                    : " active=" + st.getActive() + " succeeded=" + st.getSucceeded() + " failed=" + st.getFailed());
        }
        return "ready " + (total - waiting.size()) + "/" + total + jobs
                + (waiting.isEmpty() ? "" : "; waiting: " + String.join(", ", waiting)
                + pods(client, namespace, waiting));
    }

    /** The pods of the waiting workloads with their phase and container states: the state dump of a timeout. */
    private static String pods(KubernetesClient client, String namespace, List<String> waiting) {
        StringBuilder sb = new StringBuilder();
        for (Pod p : client.pods().inNamespace(namespace).list().getItems()) {
            String name = p.getMetadata().getName();
            if (waiting.stream().noneMatch(w -> name.startsWith(w + "-"))) {
                continue;
            }
            sb.append("\n          pod ").append(name).append(' ')
                    .append(p.getStatus() == null ? "(no status)" : p.getStatus().getPhase());
            if (p.getStatus() != null && p.getStatus().getContainerStatuses() != null) {
                for (ContainerStatus c : p.getStatus().getContainerStatuses()) {
                    sb.append(" [").append(c.getName()).append(" ready=").append(c.getReady());
                    if (c.getState() != null && c.getState().getWaiting() != null) {
                        sb.append(' ').append(c.getState().getWaiting().getReason());
                    }
                    sb.append(']');
                }
            }
            if (p.getStatus() != null && p.getStatus().getConditions() != null) {
                p.getStatus().getConditions().stream().filter(c -> !"True".equals(c.getStatus()))
                        .forEach(c -> sb.append(' ').append(c.getType()).append('=').append(c.getStatus())
                                .append(c.getReason() == null ? "" : "(" + c.getReason() + ")"));
            }
        }
        return sb.toString();
    }
}
