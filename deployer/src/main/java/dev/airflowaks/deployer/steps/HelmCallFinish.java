package dev.airflowaks.deployer.steps;

import dev.airflowaks.deployer.interrupt.StepInterrupted;
import dev.airflowaks.deployer.progress.ProgressListener;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What an interrupt does to a Helm call in flight. helm-java cannot cancel it, and a command that exits under it
 * leaves the release {@code pending-install}/{@code pending-upgrade}, which Helm then refuses to upgrade (world fact
 * {@code helm.pending-after-interrupt}). So the interrupted step lets the call finish within the {@code helmFinish}
 * budget and stops after it, with the release as Helm left it. Helm never waits for readiness here, so the call is
 * object creation plus the chart's hooks; only a hook still running (Airflow's migrations) can outlive the budget,
 * and then the step stops anyway and names the release left pending and the exact recovery. A second signal exits at
 * once, printing the same ({@link dev.airflowaks.deployer.interrupt.Interruption#inFlight}).
 */
final class HelmCallFinish {

    private final Duration budget;
    private final ProgressListener progress;

    HelmCallFinish(Duration budget, ProgressListener progress) {
        this.budget = budget;
        this.progress = progress;
    }

    /**
     * Waits up to the budget for {@code call}, whatever further interrupts of this thread say (the first signal has
     * been heard; a second one exits the process by itself), and returns what the step throws: it always stops.
     *
     * @param description e.g. {@code helm install airflow}
     * @param outcome     the call's result in words, e.g. {@code deployed, revision 1}
     * @param leftBehind  after an overrun: the release's state now and the exact recovery
     */
    <T> StepInterrupted finish(String signal, String description, Future<T> call, Function<T, String> outcome,
                               Supplier<Recovery> leftBehind) {
        progress.info(signal + " during " + description + ": finishing the Helm call in progress so the release is "
                + "not left pending (up to " + Waiter.text(budget) + "; a second Ctrl-C exits now)");
        long deadline = System.nanoTime() + budget.toNanos();
        try {
            while (true) {
                try {
                    T result = call.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
                    return new StepInterrupted(description + " finished after the interrupt (" + outcome.apply(result)
                            + "); stopped before the rest of the step");
                } catch (InterruptedException again) {
                    // the same interrupt, repeated (run interrupts its thread until it returns): keep the budget
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause() == null ? e : e.getCause();
                    return new StepInterrupted(description + " ended with an error after the interrupt: "
                            + cause.getMessage() + "; apply repairs the release when it resumes");
                } catch (TimeoutException e) {
                    Recovery left = leftBehind.get();
                    return new StepInterrupted(description + " did not finish within " + Waiter.text(budget)
                            + " of the interrupt (Helm waits for the chart's hooks); stopped with the call still "
                            + "running. " + left.state(), left.command());
                }
            }
        } finally {
            Thread.currentThread().interrupt();
        }
    }

    /**
     * @param state   the release's state in words
     * @param command what to run before {@code apply} resumes, or null when {@code apply} alone resumes
     */
    record Recovery(String state, String command) {
    }
}
