package dev.airflowaks.deployer.infra;

import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.StepPlan;
import java.util.List;
import java.util.Optional;

/**
 * A step that owns one ARM resource: read it, compare it with the article's settings, and write it (PUT) only when
 * it is missing or different. Subclasses say how to read, compare and write; the create/update/unchanged logic and
 * the progress outcome live here once.
 *
 * @param <T> the SDK's model of the resource
 */
abstract class ArmResourceStep<T> implements InfraStep {

    /** The plan's target, e.g. {@code azure vault airflowkv1a2b}. */
    abstract String target(InfraContext ctx);

    abstract Optional<T> read(InfraContext ctx);

    /** Adds the settings to compare; the tags are compared by the caller. */
    abstract void compare(InfraContext ctx, T existing, Settings settings);

    abstract java.util.Map<String, String> tags(T existing);

    /** PUT with the article's settings and these tags. */
    abstract void write(InfraContext ctx, Optional<T> existing, java.util.Map<String, String> tags);

    Change change(InfraContext ctx, Optional<T> existing) {
        if (existing.isEmpty()) {
            return Change.of(target(ctx), Action.CREATE);
        }
        Settings s = new Settings(target(ctx));
        compare(ctx, existing.get(), s);
        return s.lines(ManagedTags.diff(tags(existing.get()))).change();
    }

    @Override
    public StepPlan plan(InfraContext ctx) {
        return new StepPlan(id().name(), id().title(), List.of(change(ctx, read(ctx))));
    }

    @Override
    public String apply(InfraContext ctx) {
        Optional<T> existing = read(ctx);
        Change c = change(ctx, existing);
        if (!c.action().isChange()) {
            return "unchanged";
        }
        write(ctx, existing, ManagedTags.desired(existing.map(this::tags).orElse(null), ctx.clock()));
        return c.action() == Action.CREATE ? "created" : "updated " + c.diff();
    }
}
