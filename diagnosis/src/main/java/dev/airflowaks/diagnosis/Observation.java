package dev.airflowaks.diagnosis;

import io.fabric8.kubernetes.api.model.Event;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.Node;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The guide's namespace as one read saw it, plus what the guide expects of it ({@link GuideReplicas}). Rules judge
 * this snapshot only, so they are pure functions of the objects and easy to test with builders.
 *
 * @param secretNames     the names of the Secrets that exist in the namespace (never their data)
 * @param externalSecrets the ExternalSecrets, in whatever API version the cluster serves
 */
public record Observation(String namespace, List<Pod> pods, List<Deployment> deployments,
                          List<StatefulSet> statefulSets, List<PersistentVolumeClaim> claims,
                          List<PersistentVolume> volumes, List<Event> events,
                          List<GenericKubernetesResource> externalSecrets, Set<String> secretNames,
                          List<Node> nodes, GuideReplicas guideReplicas) {

    public Observation {
        pods = List.copyOf(pods);
        deployments = List.copyOf(deployments);
        statefulSets = List.copyOf(statefulSets);
        claims = List.copyOf(claims);
        volumes = List.copyOf(volumes);
        events = List.copyOf(events);
        externalSecrets = List.copyOf(externalSecrets);
        secretNames = Set.copyOf(secretNames);
        nodes = List.copyOf(nodes);
    }

    /** An empty namespace: tests start here and add the objects of their case with the {@code with…} methods. */
    public static Observation empty(String namespace) {
        return new Observation(namespace, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                Set.of(), List.of(), GuideReplicas.fromWorldFacts());
    }

    public Optional<PersistentVolume> volume(String name) {
        return volumes.stream().filter(v -> name.equals(v.getMetadata().getName())).findFirst();
    }

    /** Events about one object, oldest first as the list came. */
    public List<Event> eventsAbout(String kind, String name) {
        return events.stream().filter(e -> e.getInvolvedObject() != null
                && kind.equals(e.getInvolvedObject().getKind()) && name.equals(e.getInvolvedObject().getName()))
                .toList();
    }

    public Observation withPods(List<Pod> p) {
        return new Observation(namespace, p, deployments, statefulSets, claims, volumes, events, externalSecrets,
                secretNames, nodes, guideReplicas);
    }

    public Observation withDeployments(List<Deployment> d) {
        return new Observation(namespace, pods, d, statefulSets, claims, volumes, events, externalSecrets,
                secretNames, nodes, guideReplicas);
    }

    public Observation withVolumes(List<PersistentVolumeClaim> c, List<PersistentVolume> v) {
        return new Observation(namespace, pods, deployments, statefulSets, c, v, events, externalSecrets,
                secretNames, nodes, guideReplicas);
    }

    public Observation withEvents(List<Event> e) {
        return new Observation(namespace, pods, deployments, statefulSets, claims, volumes, e, externalSecrets,
                secretNames, nodes, guideReplicas);
    }

    public Observation withSecrets(List<GenericKubernetesResource> es, Set<String> names) {
        return new Observation(namespace, pods, deployments, statefulSets, claims, volumes, events, es, names,
                nodes, guideReplicas);
    }

    public Observation withNodes(List<Node> n) {
        return new Observation(namespace, pods, deployments, statefulSets, claims, volumes, events, externalSecrets,
                secretNames, n, guideReplicas);
    }

    /** Used by callers that hold their own guide expectations (a values file that sets replicas). */
    public Observation withGuideReplicas(GuideReplicas g) {
        return new Observation(namespace, pods, deployments, statefulSets, claims, volumes, events, externalSecrets,
                secretNames, nodes, g);
    }
}
