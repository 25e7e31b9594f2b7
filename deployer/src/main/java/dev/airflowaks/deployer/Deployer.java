package dev.airflowaks.deployer;

import dev.airflowaks.deployer.azure.DerivedValues;
import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.interrupt.Interruption;
import dev.airflowaks.deployer.interrupt.StepInterrupted;
import dev.airflowaks.deployer.deviations.GuideDeviations;
import dev.airflowaks.deployer.kube.KubeApplier;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.Plan;
import dev.airflowaks.deployer.plan.StepPlan;
import dev.airflowaks.deployer.progress.ProgressListener;
import dev.airflowaks.deployer.progress.ProgressStore;
import dev.airflowaks.deployer.steps.DeployContext;
import dev.airflowaks.deployer.steps.ImagesStep;
import dev.airflowaks.deployer.steps.Step;
import dev.airflowaks.deployer.steps.StepIds;
import dev.airflowaks.deployer.teardown.Teardown;
import dev.airflowaks.deployer.steps.ValuesGenerator;
import dev.airflowaks.guide.world.Deviation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The deploy guide as one object: {@link #plan()} (read-only), {@link #apply()} (idempotent, resumable; a failure
 * keeps the partial state and says how to resume or undo, and only {@code --atomic} undoes, see
 * {@link FailurePolicy}), {@link #destroyPlan}/{@link #destroy} (keeps the PV, the blobs
 * and the vault secrets unless purging) and {@link #status()}. The configuration must already be valid; the look-ups
 * of derived values happen here, once per run, and the resolved configuration is logged once with secrets masked.
 */
public final class Deployer {

    private final DeployConfig givenConfig;
    private final DeployClients clients;
    private final DeployOptions options;
    private final ProgressListener progress;
    private final List<Step> steps;
    private final Interruption interruption;
    private DeployConfig resolved;

    public Deployer(DeployConfig config, DeployClients clients, DeployOptions options, ProgressListener progress) {
        this(config, clients, options, progress, Interruption.none());
    }

    /** With the run's interruption token: a signalled apply stops at the current step and undoes nothing. */
    public Deployer(DeployConfig config, DeployClients clients, DeployOptions options, ProgressListener progress,
                    Interruption interruption) {
        this(config, clients, options, progress, GuideSteps.forProfile(config.profile()), interruption);
    }

    Deployer(DeployConfig config, DeployClients clients, DeployOptions options, ProgressListener progress,
             List<Step> steps) {
        this(config, clients, options, progress, steps, Interruption.none());
    }

    Deployer(DeployConfig config, DeployClients clients, DeployOptions options, ProgressListener progress,
             List<Step> steps, Interruption interruption) {
        this.givenConfig = config;
        this.clients = clients;
        this.options = options;
        this.progress = progress;
        this.steps = List.copyOf(steps);
        this.interruption = interruption;
    }

    /** The Azure gateway this deployer works through (its clients serve the command's other Azure reads too). */
    public dev.airflowaks.deployer.azure.AzureGateway azure() {
        return clients.azure();
    }

    /** The configuration with derived values looked up (once per Deployer) and logged once. */
    public synchronized DeployConfig resolvedConfig() {
        if (resolved == null) {
            resolved = new DerivedValues(clients.azure()).resolve(givenConfig);
            progress.info(resolved.describe());
        }
        return resolved;
    }

    private DeployContext context(Teardown teardown) {
        return context(teardown, false);
    }

    private DeployContext context(Teardown teardown, boolean keepDatabase) {
        DeployConfig c = resolvedConfig();
        return new DeployContext(c, clients.kube(), new KubeApplier(clients.kube()), clients.helm(), clients.azure(),
                new ValuesGenerator(options.verbatim() ? GuideDeviations.verbatim() : GuideDeviations.applied()),
                options.budgets(), teardown, progress, keepDatabase, interruption);
    }

    public List<Step> steps() {
        return steps;
    }

    /** Read-only: every object and Azure operation as create/update/unchanged. */
    public Plan plan() {
        DeployContext ctx = context(new Teardown());
        return new Plan(steps.stream().map(s -> s.plan(ctx)).toList(), appliedDeviations(ctx));
    }

    /** The deviations from the published guide that apply makes (what plan lists; the report shows them too). */
    public List<Deviation> deviations() {
        return appliedDeviations(context(new Teardown()));
    }

    /** Applies the guide, resuming after the steps a previous run recorded as done. */
    public ApplyResult apply() {
        Teardown teardown = new Teardown();
        DeployContext ctx = context(teardown);
        preflight(ctx);
        ProgressStore store = new ProgressStore(ctx.kube(), ctx.applier(), ctx.config().namespace());
        Map<String, String> previous = store.read();
        List<String> resumed = previous.entrySet().stream().filter(e -> ProgressStore.DONE.equals(e.getValue()))
                .map(Map.Entry::getKey).toList();
        if (previous.containsValue(ProgressStore.FAILED) || (!resumed.isEmpty() && resumed.size() < steps.size())) {
            progress.info("Resuming: steps " + resumed + " were completed by a previous run; they are checked, "
                    + "not redone.");
        }
        List<StepOutcome> outcomes = new ArrayList<>();
        for (Step step : steps) {
            if (interruption.requested()) {
                return interrupted(store, step, outcomes, resumed, java.util.Optional.empty());
            }
            long start = System.nanoTime();
            progress.stepStarted(step.id(), step.title());
            try {
                String outcome = step.apply(ctx);
                long ms = elapsed(start);
                store.record(step.id(), ProgressStore.DONE);
                outcomes.add(new StepOutcome(step.id(), step.title(), true, outcome, ms));
                progress.stepFinished(step.id(), step.title(), outcome, ms);
            } catch (RuntimeException e) {
                long ms = elapsed(start);
                String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
                outcomes.add(new StepOutcome(step.id(), step.title(), false, message, ms));
                progress.stepFailed(step.id(), step.title(), message, ms);
                if (interruption.requested()) {
                    return interrupted(store, step, outcomes, resumed, recoveryOf(e));
                }
                return failed(store, step, teardown, outcomes, resumed, e);
            }
            if (interruption.requested()) {
                return interrupted(store, step, outcomes, resumed, java.util.Optional.empty());
            }
            if (options.stopAfterStep().filter(v -> StepIds.matches(v, step, lastOf(step))).isPresent()) {
                progress.info("Stopped after step " + step.id() + " as requested; apply again to run the remaining steps.");
                return new ApplyResult(false, outcomes, resumed, List.of(), List.of());
            }
        }
        teardown.commit();
        return new ApplyResult(true, outcomes, resumed, List.of(), List.of());
    }

    /**
     * Stops at {@code step}: keeps everything (an interrupt is not a failure), records where to resume, and names
     * what to do first when the step left something apply alone cannot resume (a Helm release left pending).
     */
    private ApplyResult interrupted(ProgressStore store, Step step, List<StepOutcome> outcomes,
                                    List<String> resumed, java.util.Optional<String> recovery) {
        recordQuietly(store, step.id());
        String where = "step " + step.id() + " (" + step.title() + ")";
        interruption.stoppedAt(where);
        recovery.ifPresent(interruption::firstRun);
        String resume = options.resumeAdvice().orElse("run apply again to resume at step " + step.id()
                + ", or destroy to remove what was made");
        progress.info("Interrupted (" + interruption.signal().orElse("signal") + ") at " + where
                + "; nothing was undone. " + recovery.map(r -> "First run '" + r + "', then " + resume)
                .orElse(Character.toUpperCase(resume.charAt(0)) + resume.substring(1)) + ".");
        return new ApplyResult(false, outcomes, resumed, List.of(), List.of());
    }

    private static java.util.Optional<String> recoveryOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof StepInterrupted si) {
                return si.recovery();
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * Bad input that only a look-up reveals (an image found nowhere) stops apply before its first change; once every
     * image is found, the images step's imports start, to run while the first steps do.
     */
    private void preflight(DeployContext ctx) {
        steps.stream().filter(s -> s instanceof ImagesStep).map(s -> (ImagesStep) s).forEach(s -> s.startImports(ctx));
    }

    /** The deviations from the published guide this run makes: none with {@code --verbatim} or off the guide's profile. */
    private List<Deviation> appliedDeviations(DeployContext ctx) {
        return steps.stream().anyMatch(s -> s instanceof ImagesStep) ? ctx.values().deviations().active() : List.of();
    }

    private ApplyResult failed(ProgressStore store, Step step, Teardown teardown, List<StepOutcome> outcomes,
                               List<String> resumed, RuntimeException failure) {
        FailurePolicy policy = new FailurePolicy(options.atomic());
        if (!policy.undo(failure)) {
            recordQuietly(store, step.id());
            List<String> kept = teardown.pending();
            progress.info((policy.atomic() ? "Interrupted: nothing is undone (--atomic undoes failures, not "
                    + "interrupts)." : "Kept what this run did (a failed apply keeps its partial state; --atomic "
                    + "undoes it).") + (kept.isEmpty() ? "" : " Created by this run: " + kept + "."));
            progress.info("To resume: fix the cause and run apply again; it checks the steps already done and "
                    + "continues at step " + step.id() + ".");
            progress.info("To undo: run destroy (it removes what apply made and keeps the PV, the blob container and "
                    + "the vault secrets).");
            return new ApplyResult(false, outcomes, resumed, List.of(), List.of());
        }
        List<String> undone = teardown.pending();
        if (!undone.isEmpty()) {
            progress.info("Undoing what this run created (--atomic): " + undone);
        }
        List<String> failures = teardown.unwind();
        recordQuietly(store, step.id());
        failures.forEach(f -> progress.info("Undo failed, clean up by hand: " + f));
        return new ApplyResult(false, outcomes, resumed, undone, failures);
    }

    private void recordQuietly(ProgressStore store, String stepId) {
        try {
            store.record(stepId, ProgressStore.FAILED);
        } catch (RuntimeException e) {
            // The namespace may be gone (undone) or unreachable: there is nothing to resume then.
        }
    }

    /** Read-only: what destroy would remove and what it keeps. */
    public Plan destroyPlan(boolean purge) {
        return destroyPlan(purge, false);
    }

    /**
     * Read-only: what destroy would remove and what it keeps, every PersistentVolumeClaim with what its reclaim
     * policy does to its data.
     *
     * @param keepDatabase keep the Airflow metadata database's claim and volume ({@code --keep-database})
     */
    public Plan destroyPlan(boolean purge, boolean keepDatabase) {
        DeployContext ctx = context(new Teardown(), keepDatabase);
        List<StepPlan> plans = new ArrayList<>();
        for (Step step : reversed()) {
            List<Change> changes = step.planDestroy(ctx, purge);
            if (!changes.isEmpty()) {
                plans.add(new StepPlan(step.id(), step.title(), changes));
            }
        }
        return new Plan(plans);
    }

    /** Removes what apply made, in reverse order; keeps PV, blobs and vault secrets unless {@code purge}. */
    public List<StepOutcome> destroy(boolean purge) {
        return destroy(purge, false);
    }

    /** As {@link #destroy(boolean)}; with {@code keepDatabase} the metadata database's claim and volume stay. */
    public List<StepOutcome> destroy(boolean purge, boolean keepDatabase) {
        DeployContext ctx = context(new Teardown(), keepDatabase);
        List<StepOutcome> out = new ArrayList<>();
        for (Step step : reversed()) {
            if (interruption.requested()) {
                progress.info("Interrupted (" + interruption.signal().orElse("signal") + ") before step " + step.id()
                        + " (" + step.title() + "); run destroy again to remove the rest.");
                out.add(new StepOutcome(step.id(), step.title(), false, "interrupted", 0));
                return out;
            }
            long start = System.nanoTime();
            try {
                step.destroy(ctx, purge);
                out.add(new StepOutcome(step.id(), step.title(), true, "removed", elapsed(start)));
                progress.stepFinished(step.id(), step.title(), "removed", elapsed(start));
            } catch (RuntimeException e) {
                out.add(new StepOutcome(step.id(), step.title(), false, e.getMessage(), elapsed(start)));
                progress.stepFailed(step.id(), step.title(), String.valueOf(e.getMessage()), elapsed(start));
                return out;
            }
        }
        return out;
    }

    /** The recorded progress and the live plan, for {@code airflow-aks status}. */
    public DeploymentStatus status() {
        DeployContext ctx = context(new Teardown());
        Map<String, String> recorded = new ProgressStore(ctx.kube(), ctx.applier(), ctx.config().namespace()).read();
        return new DeploymentStatus(recorded, plan());
    }

    private List<Step> reversed() {
        List<Step> r = new ArrayList<>(steps);
        java.util.Collections.reverse(r);
        return r;
    }

    private static long elapsed(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    /** Whether no later step performs the same catalogue step ({@code --stop-after DEPLOY_AIRFLOW} waits for it). */
    private boolean lastOf(Step step) {
        return steps.subList(steps.indexOf(step) + 1, steps.size()).stream()
                .noneMatch(s -> s.guideStep() == step.guideStep());
    }
}
