package dev.airflowaks.conformance.bench;

import dev.airflowaks.conformance.launcher.ConformanceLauncher;
import dev.airflowaks.conformance.launcher.RunRequest;
import dev.airflowaks.conformance.kube.PodStates;
import dev.airflowaks.conformance.seed.GoodWorld;
import dev.airflowaks.conformance.seed.MockKubeconfig;
import dev.airflowaks.conformance.wait.ComponentReadiness;
import dev.airflowaks.conformance.wait.ReadinessGate;
import dev.airflowaks.conformance.wait.ReadinessTimeline;
import dev.airflowaks.conformance.wait.WaitBudgets;
import dev.airflowaks.conformance.wait.Watched;
import dev.airflowaks.fixtures.twin.EmbeddedTwin;
import dev.airflowaks.fixtures.twin.TwinOptions;
import dev.airflowaks.fixtures.twin.kube.server.RequestStats;
import dev.airflowaks.reports.model.RunReport;
import dev.airflowaks.reports.model.Status;
import dev.airflowaks.reports.model.TimelineEntry;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.client.KubernetesClient;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * Benchmark of issue 6's detection latency: how long after the last component turns Ready the suite knows it.
 * The twin's API server (a real, watch-streaming server; the fabric8 mock cannot stream watches) is seeded with
 * the guide's world, every component Ready except one; the waiting side is started in another thread and, once its
 * watch is open and it has sent no other request for 200 ms (so it is idle, waiting), the bench writes the pod
 * status that makes that component Ready, taking t0 just before the write.
 *
 * <ul>
 *   <li><b>detection</b>: t0 to {@link ReadinessGate#await} returning, the gate as {@code RunState} builds it. This is
 *   the figure compared with the 100 ms target: it is the latency of noticing the cluster is ready.</li>
 *   <li><b>floor</b>: t0 to a bare {@code informOnCondition} on that component's pods completing: the write, the
 *   watch event and the informer, without the gate's own work, so that detection minus floor is the gate's
 *   overhead.</li>
 *   <li><b>verdict</b>: t0 to {@link ConformanceLauncher#run} returning a report, the same run {@code verify} makes,
 *   started before t0 so that its set-up (target, client, expectations) is already done and the gate is waiting.
 *   This is detection plus the work of every check and the report, which does not depend on when the cluster became
 *   ready ({@code SuiteOverheadBench} measures that work alone).</li>
 * </ul>
 * Prints p50/p95/max of N runs per figure after warm-ups, and the load average before and after.
 *
 * <pre>mvn -B -o -q -pl conformance-tests -am test-compile
 * mvn -B -o -q -pl conformance-tests exec:java -Dexec.classpathScope=test \
 *   -Dexec.mainClass=dev.airflowaks.conformance.bench.DetectionLatencyBench -Dexec.args="30 10 airflow-webserver"</pre>
 * Arguments: detection (and floor) runs (30), verdict runs (10), the component that turns Ready last (airflow-webserver,
 * which in a real install waits for the migrations and is the last one Ready).
 */
public final class DetectionLatencyBench {

    private static final int WARM_UPS = 3;
    private static final long WATCH_OPEN_TIMEOUT_NANOS = TimeUnit.SECONDS.toNanos(60);
    /** No API request from the waiting side for this long (with its watch open) means it is idle, waiting. */
    private static final long QUIET_NANOS = TimeUnit.MILLISECONDS.toNanos(200);

    private DetectionLatencyBench() {
    }

    public static void main(String[] args) throws Exception {
        // the Web UI checks try a port-forward, which a bare API server (no pods behind it) closes at once; fabric8
        // logs each closed WebSocket as an error, which says nothing about detection
        System.setProperty("org.slf4j.simpleLogger.log.io.fabric8.kubernetes.client.vertx5.Vertx5WebSocket", "off");
        int detectionRuns = args.length > 0 ? Integer.parseInt(args[0]) : 30;
        int verdictRuns = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        String componentName = args.length > 2 ? args[2] : "airflow-webserver";
        Watched last = Watched.guideComponents().stream().filter(w -> w.name().equals(componentName)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown component " + componentName + "; one of "
                        + Watched.guideComponents().stream().map(Watched::name).toList()));
        System.out.printf("machine: %d cpus, load average %s (1/5/15 min), java %s%n",
                Runtime.getRuntime().availableProcessors(), loadAverage(), System.getProperty("java.version"));
        Path dir = Files.createTempDirectory("detection-bench-");
        // the twin speaks HTTPS and accepts only its CA-signed client certificate: the run reads the twin's own
        // kubeconfig (a token-only kubeconfig like MockKubeconfig's gets 401, every check broken)
        Path twinKubeconfig = dir.resolve("twin-kubeconfig.yaml");
        try (EmbeddedTwin twin = EmbeddedTwin.start(TwinOptions.defaults().simulated(false).kubeconfig(twinKubeconfig));
             KubernetesClient writer = twin.newClient();
             KubernetesClient gateClient = twin.newClient()) {
            int objects = TwinGoodWorld.seed(writer);
            String podName = writer.pods().inNamespace(GoodWorld.NS).withLabels(last.labels()).list().getItems()
                    .get(0).getMetadata().getName();
            System.out.printf("seeded %d objects of GoodWorld on the twin's API server %s; last to turn Ready: %s "
                    + "(pod %s)%n", objects, twin.apiUrl(), last.name(), podName);
            Turn turn = new Turn(twin.kubeApi().stats(), new PodReadiness(writer, GoodWorld.NS, podName));

            ReadinessGate gate = new ReadinessGate(gateClient, GoodWorld.NS,
                    WaitBudgets.from(k -> Optional.empty(), true), Clock.systemUTC());
            Phase detection = measure("detection", detectionRuns, () -> turn.time(() -> {
                List<ComponentReadiness> out = gate.await(Watched.guideComponents(), new ReadinessTimeline());
                if (!out.stream().allMatch(r -> r.outcome() == ComponentReadiness.Outcome.READY)) {
                    throw new IllegalStateException("the gate did not see every component Ready: " + out);
                }
            }));

            // the floor under the gate: one bare informer on the component's pods, nothing else
            Phase watchOnly = measure("watch only", detectionRuns, () -> turn.time(() -> gateClient.pods()
                    .inNamespace(GoodWorld.NS).withLabels(last.labels())
                    .informOnCondition(pods -> !pods.isEmpty()
                            && pods.stream().allMatch(p -> PodStates.isReady(p, last.containers())))
                    .join()));

            RunRequest request = RunRequest.kubeconfig(twinKubeconfig, Set.of(),
                    dir.resolve("evidence")).withEnvFile(MockKubeconfig.envFile(dir));
            ConformanceLauncher launcher = new ConformanceLauncher();
            List<RunReport> reports = new ArrayList<>();
            Phase verdict = measure("verdict", verdictRuns, () -> turn.time(() -> {
                RunReport report = launcher.run(request);
                if (report.timeline().stream().filter(t -> t.component().equals(last.name()))
                        .noneMatch(TimelineEntry::ready)) {
                    throw new IllegalStateException("the run's timeline does not show " + last.name() + " Ready: "
                            + report.timeline() + "; verdict " + report.verdict() + ", " + report.checks().stream()
                            .filter(c -> c.status() == Status.BROKEN || c.status() == Status.FAILED)
                            .map(c -> c.id() + ": " + firstLine(c.reason())).toList());
                }
                reports.add(report);
            }));
            RunReport lastReport = reports.get(reports.size() - 1);
            System.out.printf("verdict of the runs: %s (%s)%n", lastReport.verdict(), lastReport.counts());
            lastReport.checks().stream().filter(c -> c.status() == Status.BROKEN || c.status() == Status.FAILED)
                    .forEach(c -> System.out.printf("  %s %s: %s%n", c.status(), c.id(), firstLine(c.reason())));
            System.out.println(detection.total.line("detection: t0 -> ReadinessGate.await returns"));
            System.out.println(detection.write.line("  of which the status write (t0 -> PUT answered)"));
            System.out.println("  API requests by the gate after t0: " + detection.requests());
            System.out.println(watchOnly.total.line("floor:     t0 -> a bare informOnCondition on the component's "
                    + "pods completes"));
            System.out.println(verdict.total.line("verdict:   t0 -> ConformanceLauncher.run returns (gate + checks + "
                    + "report)"));
            System.out.println("  API requests by the run after t0: " + verdict.requests());
        } finally {
            System.out.printf("load average after: %s%n", loadAverage());
            deleteRecursively(dir);
        }
    }

    private static Phase measure(String what, int runs, Supplier<Turn.Measured> oneRun) {
        Phase warm = new Phase();
        for (int i = 0; i < WARM_UPS; i++) {
            warm.add(oneRun.get());
        }
        System.out.println(warm.total.line(what + " warm-up runs (discarded), in order " + warm.total.inOrder()));
        Phase phase = new Phase();
        for (int i = 0; i < runs; i++) {
            phase.add(oneRun.get());
        }
        return phase;
    }

    /** The samples of one figure: t0 to the waiting side's return, the write's own round trip, requests after t0. */
    private static final class Phase {
        final Samples total = new Samples();
        final Samples write = new Samples();
        final List<Long> requestsAfterT0 = new ArrayList<>();

        void add(Turn.Measured m) {
            total.add(m.totalNanos());
            write.add(m.writeNanos());
            requestsAfterT0.add(m.requestsAfterT0());
        }

        String requests() {
            return requestsAfterT0.stream().sorted().distinct().toList().toString();
        }
    }

    /**
     * One measured turn: the component is made not Ready, the waiting side starts in its own thread, and once the
     * API server has received its watch the component is made Ready.
     */
    private record Turn(RequestStats stats, PodReadiness pod) {

        /** t0 to the waiting side's return and to the write's answer; API requests from t0 to the return. */
        record Measured(long totalNanos, long writeNanos, long requestsAfterT0) {
        }

        Measured time(Runnable waitingSide) {
            pod.write(pod.prepare(false));
            long watchesBefore = stats.count("watch");
            AtomicLong returnedAt = new AtomicLong();
            AtomicLong requestsAtReturn = new AtomicLong();
            CompletableFuture<Void> waiting = CompletableFuture.runAsync(() -> {
                waitingSide.run();
                returnedAt.set(System.nanoTime());
                requestsAtReturn.set(stats.requests());
            }, r -> new Thread(r, "waiting-side").start());
            long deadline = System.nanoTime() + WATCH_OPEN_TIMEOUT_NANOS;
            long requests = stats.requests();
            long quietSince = System.nanoTime();
            // waiting means: its watch is open and it has sent nothing else for a while (its other reads are done)
            while (stats.count("watch") == watchesBefore || System.nanoTime() - quietSince < QUIET_NANOS) {
                if (waiting.isDone()) {
                    waiting.join();
                    throw new IllegalStateException("the waiting side returned without opening a watch");
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the waiting side opened no watch within 60 s");
                }
                LockSupport.parkNanos(1_000_000);
                if (stats.requests() != requests) {
                    requests = stats.requests();
                    quietSince = System.nanoTime();
                }
            }
            Pod ready = pod.prepare(true);
            long requestsAtT0 = stats.requests();
            long t0 = System.nanoTime();
            pod.write(ready);
            long written = System.nanoTime();
            waiting.join();
            return new Measured(returnedAt.get() - t0, written - t0, requestsAtReturn.get() - requestsAtT0 - 1);
        }
    }

    /** Durations in nanoseconds, reported in milliseconds with nearest-rank percentiles. */
    private static final class Samples {
        private final List<Long> nanos = new ArrayList<>();

        void add(long value) {
            nanos.add(value);
        }

        String inOrder() {
            return nanos.stream().map(n -> String.format("%.1f", n / 1e6)).toList() + " ms";
        }

        private double percentile(double p) {
            List<Long> sorted = nanos.stream().sorted().toList();
            int rank = (int) Math.ceil(p * sorted.size());
            return sorted.get(Math.max(0, rank - 1)) / 1e6;
        }

        String line(String label) {
            return String.format("%s over %d runs: p50 %.1f ms, p95 %.1f ms, max %.1f ms", label, nanos.size(),
                    percentile(0.50), percentile(0.95), percentile(1.0));
        }
    }

    private static String firstLine(String text) {
        return text == null ? "" : text.lines().findFirst().orElse("");
    }

    private static String loadAverage() {
        try {
            String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return f[0] + " " + f[1] + " " + f[2];
        } catch (IOException e) {
            return "unknown (" + e.getMessage() + ")";
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
