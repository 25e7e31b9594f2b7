package dev.airflowaks.deployer.steps;

import dev.airflowaks.deployer.kube.GuideNames;

import dev.airflowaks.deployer.helm.HelmReleaseReader;
import dev.airflowaks.deployer.helm.ReleaseDrift;
import dev.airflowaks.deployer.helm.Repair;
import dev.airflowaks.deployer.helm.RepairPolicy;
import dev.airflowaks.deployer.helm.ReleaseSpec;
import dev.airflowaks.deployer.helm.ReleaseState;
import dev.airflowaks.deployer.kube.ObjectDiff;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.StepPlan;
import dev.airflowaks.deployer.progress.WatchedCall;
import dev.airflowaks.deployer.values.YamlValues;
import dev.airflowaks.diagnosis.Terminal;
import dev.airflowaks.guide.world.WorldFacts;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Supplier;

/**
 * A step that is one Helm release. Plan compares the release's status, chart and user-supplied values with the
 * spec and, like {@code helm diff upgrade}, the live objects with the chart rendered with those values
 * ({@link ReleaseDrift}: one change per drifted object); apply installs, upgrades (which also repairs drift), or
 * repairs a release left failed/pending as
 * {@link dev.airflowaks.deployer.helm.RepairPolicy} decides (plan shows how), and does nothing when the release
 * already matches. A repair that must not be forced stops the step with the command to run by hand.
 *
 * <p>Helm only creates the objects and runs the chart's hooks; a release that {@code waitReady}s is then waited for
 * by {@link ReleaseWorkloads}. An interrupt during the Helm call lets it finish within the {@code helmFinish} budget
 * ({@link HelmCallFinish}), so the release is not left pending.
 */
abstract class HelmReleaseStep implements Step {

    private static final String PENDING_FACT = "helm.pending-after-interrupt";

    protected abstract ReleaseSpec spec(DeployContext ctx);

    /** Shown in the plan under the step (the Airflow step shows the values file). */
    protected String attachment(DeployContext ctx) {
        return "";
    }

    private static String target(ReleaseSpec spec) {
        return "helm release " + spec.namespace() + "/" + spec.release() + " (" + spec.chartLabel() + ")";
    }

    Change change(DeployContext ctx, ReleaseSpec spec) {
        Optional<ReleaseState> live = ctx.helm().status(spec.release(), spec.namespace());
        if (live.isEmpty()) {
            return Change.of(target(spec), Action.CREATE);
        }
        ReleaseState r = live.get();
        List<String> diff = new ArrayList<>();
        if (!r.deployed()) {
            Repair repair = ctx.helm().repair(spec);
            diff.add(repair.kind() == Repair.Kind.BLOCKED
                    ? "status: \"" + r.status() + "\" (cannot repair: " + repair.detail() + ")"
                    : "status: \"" + r.status() + "\" -> \"deployed\" (repair: " + repair.detail() + ")");
        }
        if (!spec.chartLabel().equals(r.chart())) {
            diff.add("chart: \"" + r.chart() + "\" -> \"" + spec.chartLabel() + "\"");
        }
        Map<String, Object> want = YamlValues.normalize(spec.values());
        Map<String, Object> have = YamlValues.normalize(ctx.helm().values(spec.release(), spec.namespace()));
        if (!want.equals(have)) {
            List<String> valueDiff = ObjectDiff.diff(want, have);
            diff.addAll(valueDiff.isEmpty() ? List.of("values: keys set on the release that we no longer set")
                    : valueDiff.stream().map(d -> "values." + d).toList());
        }
        return new Change(target(spec), diff.isEmpty() ? Action.UNCHANGED : Action.UPDATE, diff);
    }

    /**
     * The objects of a deployed release that differ from its chart rendered with the spec's values, and its hooks
     * that differ from the hooks the release stored; empty when the release is absent or not deployed (installing or
     * repairing it covers them) or the chart cannot be rendered.
     */
    List<ReleaseDrift.Drifted> drift(DeployContext ctx, ReleaseSpec spec) {
        if (ctx.helm().status(spec.release(), spec.namespace()).filter(ReleaseState::deployed).isEmpty()) {
            return List.of();
        }
        Optional<String> rendered;
        try {
            rendered = ctx.helm().template(spec);
        } catch (RuntimeException e) {
            ctx.progress().info("Drift of helm release " + spec.release() + " not checked: the chart could not be "
                    + "rendered (" + e.getMessage() + ")");
            return List.of();
        }
        ReleaseDrift drift = new ReleaseDrift(ctx.kube());
        List<ReleaseDrift.Drifted> out = new ArrayList<>(rendered.map(r -> drift.of(r, spec)).orElse(List.of()));
        new HelmReleaseReader(ctx.kube()).latest(spec.namespace(), spec.release())
                .ifPresent(r -> out.addAll(drift.ofHooks(r, spec)));
        return out;
    }

    private static List<Change> changes(List<ReleaseDrift.Drifted> drift, ReleaseSpec spec) {
        return drift.stream().map(d -> new Change(d.target() + " (drift from helm release " + spec.release() + ")",
                Action.UPDATE, d.diff())).toList();
    }

    @Override
    public StepPlan plan(DeployContext ctx) {
        ReleaseSpec spec = spec(ctx);
        List<Change> changes = new ArrayList<>(List.of(change(ctx, spec)));
        changes.addAll(changes(drift(ctx, spec), spec));
        return new StepPlan(id(), title(), changes, attachment(ctx));
    }

    @Override
    public String apply(DeployContext ctx) {
        ReleaseSpec spec = spec(ctx);
        Change change = change(ctx, spec);
        List<ReleaseDrift.Drifted> found = change.action().isChange() ? List.of() : drift(ctx, spec);
        List<ReleaseDrift.Drifted> drift = found.stream().filter(ReleaseDrift.Drifted::repairedByUpgrade).toList();
        List<String> unrepairable = found.stream().filter(d -> !d.repairedByUpgrade()).map(ReleaseDrift.Drifted::target)
                .toList();
        if (!change.action().isChange() && drift.isEmpty()) {
            if (spec.waitReady()) {
                ReleaseWorkloads.await(ctx, spec, Optional::empty);
            }
            return unrepairable.isEmpty() ? "unchanged" : "unchanged; helm upgrade cannot repair the drift of "
                    + String.join(", ", unrepairable) + " (restore by hand, or reinstall the release)";
        }
        String verb = change.action() == Action.CREATE ? "install" : "upgrade";
        Optional<ReleaseState> live = ctx.helm().status(spec.release(), spec.namespace());
        OptionalInt lastDeployed = live.filter(r -> !r.broken())
                .map(r -> OptionalInt.of(Integer.parseInt(r.revision()))).orElse(OptionalInt.empty());
        if (live.isPresent() && !live.get().deployed()) {
            Repair repair = ctx.helm().repair(spec);
            if (repair.kind() == Repair.Kind.BLOCKED) {
                throw new IllegalStateException(repair.detail());
            }
            lastDeployed = repair.deployedRevision();
            if (repair.kind() == Repair.Kind.REINSTALL) {
                verb = "reinstall";
                ctx.helm().uninstall(spec.release(), spec.namespace());
                new ReleaseLeftovers(ctx.kube(), ctx.progress()).awaitGone(spec.namespace(), spec.release(),
                        ctx.budgets().helmRelease());
            }
        }
        if (change.action() == Action.CREATE) {
            ctx.teardown().register("uninstall " + target(spec),
                    () -> ctx.helm().uninstall(spec.release(), spec.namespace()));
        }
        Supplier<Optional<Terminal>> causes = Waiter.terminalCauses(ctx.kube(), spec.namespace());
        Supplier<Optional<Terminal>> terminal = () -> causes.get().filter(t -> concerns(t, spec, ctx));
        String description = "helm " + verb + " " + spec.release();
        String recovery = RepairPolicy.recovery(spec.release(), spec.namespace(), lastDeployed);
        String pending = WorldFacts.load().fact(PENDING_FACT).text(lastDeployed.isPresent() ? "pendingUpgrade"
                : "pendingInstall");
        HelmCallFinish finish = new HelmCallFinish(ctx.budgets().helmFinish(), ctx.progress());
        ReleaseState result;
        try (var flight = ctx.interruption().inFlight(description + " was still running: if 'helm status "
                + spec.release() + " -n " + spec.namespace() + "' shows " + pending + ", run '" + recovery
                + "', then apply again")) {
            result = WatchedCall.run(description, ctx.budgets().helmRelease().plusMinutes(1),
                    () -> ctx.helm().installOrUpgrade(spec),
                    () -> WorkloadState.describe(ctx.kube(), spec.namespace()),
                    () -> terminal.get().map(Terminal::render), ctx.progress(),
                    call -> finish.finish(ctx.interruption().signal().orElse("Interrupt"), description, call,
                            r -> r.status() + ", revision " + r.revision(), () -> leftBehind(ctx, spec, recovery)));
        }
        if (!result.deployed()) {
            throw new IllegalStateException("helm release " + spec.release() + " ended " + result.status());
        }
        if (spec.waitReady()) {
            ReleaseWorkloads.await(ctx, spec, terminal);
        }
        return (verb.endsWith("e") ? verb + "d " : verb + "ed ") + result.chart()
                + " rev " + result.revision() + (drift.isEmpty() ? "" : " (repaired drift of " + drift.size()
                + " object" + (drift.size() == 1 ? "" : "s") + ")");
    }

    /** The release as the abandoned call leaves it, and the exact recovery when Helm left it pending. */
    private static HelmCallFinish.Recovery leftBehind(DeployContext ctx, ReleaseSpec spec, String recovery) {
        String release = "helm release " + spec.namespace() + "/" + spec.release();
        String status;
        try {
            status = ctx.helm().status(spec.release(), spec.namespace()).map(ReleaseState::status).orElse("absent");
        } catch (RuntimeException e) {
            status = "unknown (" + e.getMessage() + ")";
        }
        if (status.startsWith("pending-") || status.startsWith("unknown")) {
            return new HelmCallFinish.Recovery(release + " is left " + status + " (the call ends with this "
                    + "command, before Helm could mark it deployed). To recover, run '" + recovery
                    + "', then apply again.", recovery);
        }
        return new HelmCallFinish.Recovery(release + " is " + status + ".", null);
    }

    @Override
    public List<Change> planDestroy(DeployContext ctx, boolean purge) {
        ReleaseSpec spec = spec(ctx);
        boolean present = ctx.helm().status(spec.release(), spec.namespace()).isPresent();
        return List.of(Change.of(target(spec), present ? Action.DELETE : Action.UNCHANGED));
    }

    @Override
    public void destroy(DeployContext ctx, boolean purge) {
        ReleaseSpec spec = spec(ctx);
        if (ctx.helm().status(spec.release(), spec.namespace()).isPresent()) {
            ctx.helm().uninstall(spec.release(), spec.namespace());
        }
    }

    /**
     * A terminal cause stops a release's wait only when it is about the release's own workloads, or about what the
     * Airflow pods mount (the logs PVC and the ExternalSecret's Secret): an Airflow pod crash-looping must not stop
     * an ESO upgrade that a repairing apply needs.
     */
    static boolean concerns(Terminal t, ReleaseSpec spec, DeployContext ctx) {
        String name = t.object().substring(t.object().indexOf('/') + 1);
        boolean mounted = !spec.release().equals(ctx.config().esoRelease())
                && (name.equals(GuideNames.PVC) || name.equals(GuideNames.EXTERNAL_SECRET));
        return name.startsWith(spec.release()) || mounted;
    }
}
