package dev.airflowaks.conformance.rootcause;

import dev.airflowaks.conformance.kube.ObjectRef;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * One object in the chain the guide builds (pod → PVC → PV → Secret → ExternalSecret → SecretStore → SA → Azure),
 * able to say whether it is broken and what it depends on. Dependencies are listed most likely cause first.
 */
public final class Link {

    private final String label;
    private final ObjectRef object;
    private final Supplier<LinkState> probe;
    private final Supplier<List<Link>> dependencies;
    private final boolean derived;

    public Link(String label, ObjectRef object, Supplier<LinkState> probe, Supplier<List<Link>> dependencies) {
        this(label, object, probe, dependencies, false);
    }

    /** @param derived the object is created by its dependencies (ESO writes the Secret), so they explain its absence */
    public Link(String label, ObjectRef object, Supplier<LinkState> probe, Supplier<List<Link>> dependencies,
                boolean derived) {
        this.label = label;
        this.object = object;
        this.probe = probe;
        this.dependencies = dependencies;
        this.derived = derived;
    }

    public boolean derived() {
        return derived;
    }

    /** For example {@code pod airflow-scheduler} or {@code federated credential}. */
    public String label() {
        return label;
    }

    /** The cluster object behind this link, for evidence; empty for Azure resources. */
    public Optional<ObjectRef> object() {
        return Optional.ofNullable(object);
    }

    public LinkState probe() {
        return probe.get();
    }

    public List<Link> dependencies() {
        return dependencies.get();
    }
}
