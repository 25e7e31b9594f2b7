package dev.airflowaks.deployer.progress;

import dev.airflowaks.deployer.kube.KubeApplier;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.Map;
import java.util.TreeMap;

/**
 * The apply progress, recorded in the cluster (ConfigMap {@value #NAME} in the guide's namespace) so that an apply
 * killed half-way, even from another machine, resumes at the step that did not finish. Written through the same
 * server-side apply as everything else, so recording an unchanged state writes nothing.
 */
public final class ProgressStore {

    public static final String NAME = "airflow-aks-deployer-progress";
    public static final String DONE = "done";
    public static final String FAILED = "failed";

    private final KubernetesClient client;
    private final KubeApplier applier;
    private final String namespace;

    public ProgressStore(KubernetesClient client, KubeApplier applier, String namespace) {
        this.client = client;
        this.applier = applier;
        this.namespace = namespace;
    }

    /** Step id to {@link #DONE} or {@link #FAILED}; empty when nothing was recorded. */
    public Map<String, String> read() {
        if (client.namespaces().withName(namespace).get() == null) {
            return Map.of();
        }
        ConfigMap cm = client.configMaps().inNamespace(namespace).withName(NAME).get();
        Map<String, String> out = new TreeMap<>();
        if (cm != null && cm.getData() != null) {
            cm.getData().forEach((k, v) -> out.put(k.replaceFirst("^step-", ""), v));
        }
        return out;
    }

    /**
     * Records one step's state; a no-op (no write) when it is already recorded so, or when the namespace does not
     * exist (before step 1, or after an undo removed it: there is nothing to resume then).
     */
    public void record(String stepId, String state) {
        if (client.namespaces().withName(namespace).get() == null) {
            return;
        }
        Map<String, String> current = new TreeMap<>(read());
        if (state.equals(current.get(stepId))) {
            return;
        }
        current.put(stepId, state);
        Map<String, String> data = new TreeMap<>();
        current.forEach((k, v) -> data.put("step-" + k, v));
        applier.apply(new ConfigMapBuilder().withNewMetadata().withName(NAME).withNamespace(namespace)
                .addToLabels("app.kubernetes.io/managed-by", "airflow-aks-deployer").endMetadata()
                .withData(data).build());
    }
}
