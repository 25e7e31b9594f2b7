package dev.airflowaks.deployer.kube;

import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.Resource;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Plans and applies one Kubernetes object with server-side apply under our own field manager. Apply first reads the
 * live object and sends the apply request only when a field we own differs, so an already-converged cluster sees
 * reads only. Conflicts with other managers are forced: the guide's objects are ours to own.
 */
public final class KubeApplier {

    /** The field manager every object of the deployer is applied with. */
    public static final String FIELD_MANAGER = "airflow-aks-deployer";

    private final KubernetesClient client;

    public KubeApplier(KubernetesClient client) {
        this.client = client;
    }

    /** Read-only: what {@link #apply} would do. */
    public Change plan(HasMetadata desired) {
        Optional<HasMetadata> live = live(desired);
        if (live.isEmpty()) {
            return Change.of(KubeNames.describe(desired), Action.CREATE);
        }
        List<ObjectDiff.Field> fields = ObjectDiff.fields(toMap(desired), toMap(live.get()));
        Action action = fields.isEmpty() ? Action.UNCHANGED
                : fields.stream().allMatch(OwnMetadata::isOwn) ? Action.ADOPT : Action.UPDATE;
        return new Change(KubeNames.describe(desired), action, fields.stream().map(ObjectDiff.Field::line).toList());
    }

    /** Applies {@code desired} if it differs from the live object; returns what was done. */
    public Change apply(HasMetadata desired) {
        Change change = plan(desired);
        if (change.action() == Action.CREATE && !served(desired)) {
            // fabric8 would fail with "Could not find a registered handler for item": name the cause instead.
            throw new IllegalStateException("cannot create " + KubeNames.describe(desired) + ": the cluster does not "
                    + "serve kind " + desired.getKind() + " in " + desired.getApiVersion() + " (no CustomResourceDefinition "
                    + "serves it, or it is not Established yet); install the CRDs of the operator that defines it "
                    + "first, then apply again");
        }
        if (change.action().writes()) {
            resource(desired).fieldManager(FIELD_MANAGER).forceConflicts().serverSideApply();
        }
        return change;
    }

    /**
     * Puts an object back as it was in {@code before} (a snapshot read before this run changed it): the undo of an
     * update. A JSON patch from the live object to the snapshot, so fields nobody changed are not rewritten.
     */
    public void restore(HasMetadata before) {
        HasMetadata live = resource(before).get();
        if (live == null) {
            return;
        }
        HasMetadata back = client.getKubernetesSerialization().clone(before);
        back.getMetadata().setResourceVersion(live.getMetadata().getResourceVersion());
        back.getMetadata().setManagedFields(live.getMetadata().getManagedFields());
        // edit() diffs the object the resource was built from (the live one) against the result: a JSON patch.
        resource(live).edit(current -> back);
    }

    /** Read-only: whether {@link #delete} would delete anything. */
    public Change planDelete(HasMetadata ref) {
        return Change.of(KubeNames.describe(ref), live(ref).isPresent() ? Action.DELETE : Action.UNCHANGED);
    }

    /** Deletes the object if present (foreground, so dependants go first). */
    public Change delete(HasMetadata ref) {
        Change change = planDelete(ref);
        if (change.action() == Action.DELETE) {
            resource(ref).delete();
        }
        return change;
    }

    /** The live object; empty when it does not exist, or when its kind is not served yet (ESO not installed). */
    public Optional<HasMetadata> live(HasMetadata desired) {
        if (!served(desired)) {
            return Optional.empty();
        }
        return Optional.ofNullable(resource(desired).get());
    }

    /**
     * Whether the cluster serves the object's kind. Only custom resources can be missing: a plan on a cluster
     * without ESO must show the SecretStore as "create", not fail looking for a handler of an unknown kind.
     */
    private boolean served(HasMetadata object) {
        if (!(object instanceof GenericKubernetesResource)) {
            return true;
        }
        APIResourceList resources = client.getApiResources(object.getApiVersion());
        return resources != null && resources.getResources() != null
                && resources.getResources().stream().anyMatch(r -> object.getKind().equals(r.getKind()));
    }

    private Resource<HasMetadata> resource(HasMetadata desired) {
        @SuppressWarnings("unchecked")
        Resource<HasMetadata> r = (Resource<HasMetadata>) (Resource<?>) client.resource(desired);
        return r;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> toMap(HasMetadata obj) {
        return client.getKubernetesSerialization().convertValue(obj, Map.class);
    }
}
