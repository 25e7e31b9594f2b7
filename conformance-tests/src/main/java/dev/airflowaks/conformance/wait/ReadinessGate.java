package dev.airflowaks.conformance.wait;

import dev.airflowaks.conformance.kube.PodStates;
import dev.airflowaks.diagnosis.ClusterObserver;
import dev.airflowaks.diagnosis.GuideReplicas;
import dev.airflowaks.diagnosis.Terminal;
import dev.airflowaks.diagnosis.rules.TerminalRules;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.PodCondition;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Runs once per run, before the checks: waits with informers (no polling, no sleeps) until every component is Ready
 * or visibly stuck (ImagePullBackOff, CrashLoopBackOff, ...), within its named budget. It lists pods and workloads
 * once first, so a settled cluster costs three requests, and a component that settles later is judged on the pods its
 * watch delivered, without listing them again; a component whose workload was never created is recorded
 * as absent instead of being waited for. While a component has not settled, the gate asks the terminal rules
 * (module {@code diagnosis}) at once and then once a second whether a cause is already terminal (a PVC that can never
 * bind, an image the registry does not serve), and stops waiting when one is, recording "stopped waiting: …"; a
 * cause found for one component ends the later components' waits at once instead of a second each. It never fails the
 * run by itself; it records time-to-Ready for the timeline and a state dump for what did not get ready, and the checks
 * then judge and explain.
 */
public final class ReadinessGate {

    private static final Logger LOG = LoggerFactory.getLogger(ReadinessGate.class);

    /** How often a wait that has not settled asks the terminal rules; a watch still delivers readiness at once. */
    static final Duration TERMINAL_CHECK = Duration.ofSeconds(1);

    private final KubernetesClient client;
    private final String namespace;
    private final WaitBudgets budgets;

    private final Clock clock;
    private final Supplier<Optional<Terminal>> terminalCause;
    private final AtomicReference<Terminal> stoppedOn = new AtomicReference<>();

    /** A gate that stops waiting as soon as the {@link TerminalRules} see a cause that waiting will not fix. */
    public ReadinessGate(KubernetesClient client, String namespace, WaitBudgets budgets, Clock clock) {
        this(client, namespace, budgets, clock, terminalCauses(client, namespace));
    }

    /** @param terminalCause asked while a component is not settled; {@link #waitAll()} waits out every budget */
    public ReadinessGate(KubernetesClient client, String namespace, WaitBudgets budgets, Clock clock,
                         Supplier<Optional<Terminal>> terminalCause) {
        this.client = client;
        this.namespace = namespace;
        this.budgets = budgets;
        this.clock = clock;
        this.terminalCause = terminalCause;
    }

    /** The guide's terminal rules over a fresh observation of the namespace at each call. */
    public static Supplier<Optional<Terminal>> terminalCauses(KubernetesClient client, String namespace) {
        ClusterObserver observer = new ClusterObserver(client, namespace, GuideReplicas.fromWorldFacts());
        TerminalRules rules = TerminalRules.all();
        return () -> rules.first(observer.observe());
    }

    /** {@code --wait-all}: never stop early, every component waits its whole budget (the behaviour before 15.1). */
    public static Supplier<Optional<Terminal>> waitAll() {
        return Optional::empty;
    }

    /** Waits for all components concurrently and records each outcome into the timeline. */
    public List<ComponentReadiness> await(List<Watched> components, ReadinessTimeline timeline) {
        Instant start = clock.instant();
        // one list of each kind first: a settled cluster needs no watch at all
        List<Pod> pods = client.pods().inNamespace(namespace).list().getItems();
        java.util.Set<String> workloads = new java.util.HashSet<>();
        client.apps().deployments().inNamespace(namespace).list().getItems()
                .forEach(d -> workloads.add("Deployment/" + d.getMetadata().getName()));
        client.apps().statefulSets().inNamespace(namespace).list().getItems()
                .forEach(d -> workloads.add("StatefulSet/" + d.getMetadata().getName()));
        List<CompletableFuture<Seen>> futures = new ArrayList<>();
        for (Watched w : components) {
            if (!workloads.contains(w.workloadKind() + "/" + w.name())) {
                futures.add(null);
            } else if (settled(w).test(matching(pods, w))) {
                futures.add(CompletableFuture.completedFuture(new Seen(clock.instant(), matching(pods, w))));
            } else {
                futures.add(client.pods().inNamespace(namespace).withLabels(w.labels())
                        .informOnCondition(settled(w)).thenApply(p -> new Seen(clock.instant(), List.copyOf(p))));
            }
        }
        List<ComponentReadiness> out = new ArrayList<>();
        for (int i = 0; i < components.size(); i++) {
            Watched w = components.get(i);
            ComponentReadiness r = futures.get(i) == null
                    ? new ComponentReadiness(w.name(), ComponentReadiness.Outcome.ABSENT, null, Duration.ZERO,
                    "no " + w.workloadKind() + " " + w.name() + " in " + namespace + ": nothing to wait for")
                    : settle(w, futures.get(i), start);
            timeline.record(r);
            out.add(r);
        }
        return out;
    }

    private static List<Pod> matching(List<Pod> pods, Watched w) {
        return pods.stream().filter(p -> p.getMetadata().getLabels() != null
                && p.getMetadata().getLabels().entrySet().containsAll(w.labels().entrySet())).toList();
    }

    private static Predicate<List<Pod>> settled(Watched w) {
        return pods -> !pods.isEmpty() && (pods.stream().allMatch(p -> PodStates.isReady(p, w.containers()))
                || pods.stream().anyMatch(p -> PodStates.stuck(p).isPresent()));
    }

    /** When a component settled, and its pods as they were then. */
    private record Seen(Instant at, List<Pod> pods) {
    }

    private ComponentReadiness settle(Watched w, CompletableFuture<Seen> future, Instant start) {
        Duration budget = budgets.of(w.budget());
        try {
            Seen seen = null;
            while (seen == null) {
                if (!future.isDone()) {
                    Optional<Terminal> terminal = terminal();
                    if (terminal.isPresent()) {
                        future.cancel(true);
                        LOG.info("{}: {}", w.name(), terminal.get().render());
                        return new ComponentReadiness(w.name(), ComponentReadiness.Outcome.STUCK, null,
                                Duration.between(start, clock.instant()), terminal.get().render() + "\n"
                                + StateDump.pods(client, namespace, w.labels(), w.containers()));
                    }
                }
                Duration remaining = budget.minus(Duration.between(start, clock.instant()));
                if (remaining.isNegative() || remaining.isZero()) {
                    seen = Optional.ofNullable(future.getNow(null)).orElseThrow(TimeoutException::new);
                } else {
                    try {
                        seen = future.get(Math.min(remaining.toMillis(), TERMINAL_CHECK.toMillis()) + 1,
                                TimeUnit.MILLISECONDS);
                    } catch (TimeoutException e) {
                        // not settled within this slice: ask the terminal rules again
                    }
                }
            }
            List<Pod> pods = seen.pods();
            Duration observed = Duration.between(start, seen.at());
            Optional<String> stuck = pods.stream().map(PodStates::stuck).flatMap(Optional::stream).findFirst();
            if (stuck.isPresent()) {
                return new ComponentReadiness(w.name(), ComponentReadiness.Outcome.STUCK, null, observed,
                        stuck.get() + "\n" + StateDump.pods(client, namespace, w.labels(), w.containers()));
            }
            return new ComponentReadiness(w.name(), ComponentReadiness.Outcome.READY, clusterTimeToReady(pods),
                    observed, pods.size() + " pod(s) ready");
        } catch (TimeoutException e) {
            future.cancel(true);
            String dump = StateDump.pods(client, namespace, w.labels(), w.containers());
            LOG.warn("{} not ready within budget {} ({}={}):\n{}", w.name(), budget, w.budget().property(), budget,
                    dump);
            return new ComponentReadiness(w.name(), ComponentReadiness.Outcome.TIMED_OUT, null, budget,
                    "not ready within " + w.budget().property() + "=" + budget + "\n" + dump);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + w.name(), e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("watching " + w.name() + " failed: " + e.getCause().getMessage(),
                    e.getCause());
        }
    }

    /** The cause the gate already stopped on, else a fresh judgement; once found it stops every later wait too. */
    private Optional<Terminal> terminal() {
        Terminal known = stoppedOn.get();
        if (known != null) {
            return Optional.of(known);
        }
        Optional<Terminal> found = terminalCause.get();
        found.ifPresent(t -> stoppedOn.compareAndSet(null, t));
        return found;
    }

    /** Latest pod's creation → its Ready condition's transition, as the cluster recorded it. */
    static Duration clusterTimeToReady(List<Pod> pods) {
        Duration longest = null;
        for (Pod pod : pods) {
            String created = pod.getMetadata().getCreationTimestamp();
            Optional<String> ready = pod.getStatus() == null || pod.getStatus().getConditions() == null
                    ? Optional.empty() : pod.getStatus().getConditions().stream()
                    .filter(c -> "Ready".equals(c.getType()) && "True".equals(c.getStatus()))
                    .map(PodCondition::getLastTransitionTime).filter(t -> t != null).findFirst();
            if (created == null || ready.isEmpty()) {
                continue;
            }
            Duration d = Duration.between(Instant.parse(created), Instant.parse(ready.get()));
            if (longest == null || d.compareTo(longest) > 0) {
                longest = d;
            }
        }
        return longest;
    }
}
