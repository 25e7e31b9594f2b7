package dev.airflowaks.deployer.steps;

import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.StepPlan;
import dev.airflowaks.deployer.kube.KubeNames;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PersistentVolume;
import io.fabric8.kubernetes.api.model.PersistentVolumeClaim;
import java.util.ArrayList;
import java.util.List;

/**
 * A step made of Kubernetes objects applied with server-side apply: plan diffs them against the live state, apply
 * writes only the changed ones (registering the undo first: delete what it creates, restore what it updates),
 * destroy deletes them in reverse order.
 */
abstract class ObjectsStep implements Step {

    /** The objects this step wants, in apply order. */
    protected abstract List<HasMetadata> desired(DeployContext ctx);

    /** Objects that destroy keeps unless purging (the guide keeps the Retain PV). */
    protected boolean keptUnlessPurge(HasMetadata object) {
        return false;
    }

    @Override
    public StepPlan plan(DeployContext ctx) {
        return new StepPlan(id(), title(), desired(ctx).stream().map(o -> planObject(ctx, o)).toList());
    }

    /** The applier's plan, plus a kept volume's stale claimRef ({@link StaleClaimRef}) as an update. */
    private static Change planObject(DeployContext ctx, HasMetadata obj) {
        Change planned = ctx.applier().plan(obj);
        if (!(obj instanceof PersistentVolume) || planned.action() == Action.CREATE) {
            return planned;
        }
        return StaleClaimRef.find(ctx.kube(), obj.getMetadata().getName()).map(line -> {
            List<String> diff = new ArrayList<>(planned.diff());
            diff.add(line);
            return new Change(planned.target(), Action.UPDATE, diff);
        }).orElse(planned);
    }

    @Override
    public String apply(DeployContext ctx) {
        List<String> outcomes = new ArrayList<>();
        for (HasMetadata obj : desired(ctx)) {
            Change planned = planObject(ctx, obj);
            if (planned.action() == Action.CREATE) {
                ctx.teardown().register("delete " + planned.target(), () -> ctx.applier().delete(obj));
            } else if (planned.action() == Action.UPDATE || planned.action() == Action.ADOPT) {
                // An --atomic undo must not leave half of this run behind, e.g. a label added to a user's namespace.
                HasMetadata before = ctx.applier().live(obj).orElseThrow();
                ctx.teardown().register("restore " + planned.target() + " as it was before this run",
                        () -> ctx.applier().restore(before));
            }
            if (planned.action().writes()) {
                write(ctx, obj);
                if (obj instanceof PersistentVolume && StaleClaimRef.find(ctx.kube(), obj.getMetadata().getName())
                        .isPresent()) {
                    StaleClaimRef.clear(ctx.kube(), obj.getMetadata().getName());
                }
            }
            outcomes.add(planned.action().name().toLowerCase(java.util.Locale.ROOT));
        }
        return summarize(outcomes);
    }

    /** Writes one changed object; ESO's steps go through its admission webhook's start-up race. */
    protected void write(DeployContext ctx, HasMetadata obj) {
        ctx.applier().apply(obj);
    }

    @Override
    public List<Change> planDestroy(DeployContext ctx, boolean purge) {
        List<Change> out = new ArrayList<>();
        List<HasMetadata> desired = desired(ctx);
        for (HasMetadata obj : reversed(desired)) {
            if (keptUnlessPurge(obj) && !purge) {
                out.add(Change.of(KubeNames.describe(obj), Action.KEEP));
            } else {
                Change delete = ctx.applier().planDelete(obj);
                out.add(delete.action() == Action.DELETE ? withNotes(delete, destroyNotes(desired, obj, purge)) : delete);
            }
        }
        return out;
    }

    /** What deleting a claim does to its data, for the teardown plan: the logs claim's volume is kept or not. */
    private List<String> destroyNotes(List<HasMetadata> desired, HasMetadata object, boolean purge) {
        if (!(object instanceof PersistentVolumeClaim claim) || claim.getSpec().getVolumeName() == null) {
            return List.of();
        }
        boolean kept = desired.stream().anyMatch(o -> o instanceof PersistentVolume
                && o.getMetadata().getName().equals(claim.getSpec().getVolumeName()) && keptUnlessPurge(o) && !purge);
        return List.of(kept ? "its volume " + claim.getSpec().getVolumeName() + " and the data on it are kept"
                : "its volume " + claim.getSpec().getVolumeName() + " is deleted below (--purge)");
    }

    private static Change withNotes(Change change, List<String> notes) {
        List<String> diff = new ArrayList<>(change.diff());
        diff.addAll(notes);
        return new Change(change.target(), change.action(), diff);
    }

    @Override
    public void destroy(DeployContext ctx, boolean purge) {
        for (HasMetadata obj : reversed(desired(ctx))) {
            if (!keptUnlessPurge(obj) || purge) {
                ctx.applier().delete(obj);
            }
        }
    }

    static String summarize(List<String> outcomes) {
        if (outcomes.stream().allMatch(o -> o.equals("unchanged"))) {
            return "unchanged";
        }
        return String.join(", ", outcomes.stream().distinct().toList());
    }

    private static <T> List<T> reversed(List<T> in) {
        List<T> out = new ArrayList<>(in);
        java.util.Collections.reverse(out);
        return out;
    }
}
