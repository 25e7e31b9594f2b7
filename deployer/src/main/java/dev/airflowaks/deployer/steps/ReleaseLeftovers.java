package dev.airflowaks.deployer.steps;

import dev.airflowaks.deployer.progress.ProgressListener;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResourceList;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.FilterWatchListDeletable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Waits, after {@code helm uninstall} of a broken release, until the garbage collector has removed its ReplicaSets
 * and Pods (what {@code helm uninstall --wait} does; helm-java has no such flag). Installing again before they are
 * gone lets the new Deployments meet their predecessors' ReplicaSets under the same names and the old pods run
 * next to the new ones. Both chart label conventions are covered: {@code release} (Airflow) and
 * {@code app.kubernetes.io/instance} (ESO).
 */
final class ReleaseLeftovers {

    private static final List<String> RELEASE_LABELS = List.of("release", "app.kubernetes.io/instance");

    private final KubernetesClient kube;
    private final ProgressListener progress;

    ReleaseLeftovers(KubernetesClient kube, ProgressListener progress) {
        this.kube = kube;
        this.progress = progress;
    }

    void awaitGone(String namespace, String release, Duration budget) {
        long deadline = System.nanoTime() + budget.toNanos();
        for (String label : RELEASE_LABELS) {
            await("ReplicaSets", kube.apps().replicaSets().inNamespace(namespace).withLabel(label, release),
                    namespace, release, label, deadline, budget);
            await("Pods", kube.pods().inNamespace(namespace).withLabel(label, release), namespace, release, label,
                    deadline, budget);
        }
    }

    private <T extends HasMetadata> void await(String kind, FilterWatchListDeletable<T, ? extends KubernetesResourceList<T>, ?> selection,
                                               String namespace, String release, String label, long deadline,
                                               Duration budget) {
        if (selection.list().getItems().isEmpty()) {
            return;
        }
        progress.info("… waiting until the " + kind + " of the uninstalled release " + release + " are gone");
        long left = Math.max(1, deadline - System.nanoTime());
        try {
            selection.informOnCondition(List::isEmpty).get(left, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException("timed out after " + Waiter.text(budget) + " waiting for the " + kind + " of the "
                    + "uninstalled helm release " + namespace + "/" + release + " to be deleted; still there: "
                    + names(selection.list().getItems(), h -> h.getMetadata().getName()));
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot watch the " + kind + " of " + namespace + "/" + release, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for the " + kind + " of " + release, e);
        }
    }

    private static <T> String names(List<T> items, Function<T, String> name) {
        return String.join(", ", items.stream().map(name).toList());
    }
}
