package dev.airflowaks.deployer.infra;

import com.azure.resourcemanager.resources.fluent.models.GenericResourceExpandedInner;
import com.azure.resourcemanager.resources.fluent.models.ResourceGroupInner;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.Plan;
import dev.airflowaks.deployer.plan.StepPlan;
import dev.airflowaks.guide.GuideStepId;
import java.util.List;
import java.util.Optional;

/**
 * {@code destroy --infra}: deletes the article's resource group, and with it everything in it, but only when the
 * group and every resource in it carry {@code managed-by: airflow-aks}. Anything else in the group is someone
 * else's: the teardown names it and deletes nothing.
 */
public final class Teardown {

    private final InfraContext ctx;

    Teardown(InfraContext ctx) {
        this.ctx = ctx;
    }

    private Optional<ResourceGroupInner> group() {
        return Found.orEmpty(() -> ctx.azure().resources().resourceGroups().manager().serviceClient()
                .getResourceGroups().get(ctx.resourceGroup()));
    }

    private List<GenericResourceExpandedInner> resources() {
        return ctx.azure().resources().resourceGroups().manager().serviceClient().getResources()
                .listByResourceGroup(ctx.resourceGroup()).stream().toList();
    }

    /** The resources that do not carry our tag (the group itself included), as {@code type/name}. */
    public List<String> foreign() {
        Optional<ResourceGroupInner> g = group();
        if (g.isEmpty()) {
            return List.of();
        }
        List<String> out = new java.util.ArrayList<>();
        if (!ManagedTags.isManaged(g.get().tags())) {
            out.add("Microsoft.Resources/resourceGroups/" + ctx.resourceGroup());
        }
        resources().stream().filter(r -> !ManagedTags.isManaged(r.tags())).forEach(r -> out.add(r.type() + "/" + r.name()));
        return out;
    }

    /** What the teardown would delete: every resource of the group, then the group. */
    public Plan plan() {
        if (group().isEmpty()) {
            return new Plan(List.of(new StepPlan(GuideStepId.RESOURCE_GROUP.name(), GuideStepId.RESOURCE_GROUP.title(),
                    List.of(Change.of("azure resourceGroup " + ctx.resourceGroup() + " (absent)", Action.UNCHANGED)))));
        }
        List<Change> changes = new java.util.ArrayList<>(resources().stream()
                .map(r -> Change.of("azure " + r.type() + "/" + r.name(), Action.DELETE)).toList());
        changes.add(Change.of("azure resourceGroup " + ctx.resourceGroup(), Action.DELETE));
        return new Plan(List.of(new StepPlan(GuideStepId.RESOURCE_GROUP.name(), "Delete the resource group and "
                + "everything in it", changes)));
    }

    /** Deletes the group; refuses, naming them, when it holds resources without our tag. */
    public String destroy() {
        if (group().isEmpty()) {
            return "resource group " + ctx.resourceGroup() + " does not exist; nothing to delete";
        }
        List<String> foreign = foreign();
        if (!foreign.isEmpty()) {
            throw new IllegalStateException("resource group " + ctx.resourceGroup() + " holds resources without the tag "
                    + ManagedTags.MANAGED_BY + ": " + ManagedTags.OWNER + ", so destroy --infra deletes nothing: "
                    + String.join(", ", foreign) + ". Move or delete them yourself, or tag them if they are ours.");
        }
        LongRunning.await(ctx.azure().resources().resourceGroups().manager().serviceClient().getResourceGroups()
                        .beginDelete(ctx.resourceGroup()), "delete resource group " + ctx.resourceGroup(), "aksCluster",
                ctx.budgets().aksCluster(), ctx.budgets().pollInterval(), ctx.progress());
        return "resource group " + ctx.resourceGroup() + " deleted";
    }
}
