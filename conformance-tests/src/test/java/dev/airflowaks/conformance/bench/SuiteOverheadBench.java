package dev.airflowaks.conformance.bench;

import dev.airflowaks.conformance.launcher.ConformanceLauncher;
import dev.airflowaks.conformance.launcher.RunRequest;
import dev.airflowaks.conformance.seed.GoodWorld;
import dev.airflowaks.conformance.seed.MockKubeconfig;
import dev.airflowaks.reports.model.RunReport;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.Serialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;

import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.Set;

/**
 * Benchmark of the suite's own cost: a full conformance run (launcher, readiness gate on an already-ready cluster,
 * every check, results model) against a seeded in-process API server, so the target's readiness time is zero and
 * what remains is the suite's overhead. Prints the median and worst wall time of N runs after one warm-up, and the
 * API requests per run.
 *
 * <p>Run it in its own JVM on the reactor's classes (with {@code -am}, the other modules come from their
 * {@code target/classes}; {@code exec:java} without {@code -am} would take them from whatever was last installed in
 * {@code ~/.m2}):
 *
 * <pre>mvn -B -o -q -pl conformance-tests -am test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp "conformance-tests/target/test-classes:conformance-tests/target/classes:$(cat conformance-tests/target/cp.txt)" \
 *   dev.airflowaks.conformance.bench.SuiteOverheadBench 10</pre>
 */
public final class SuiteOverheadBench {

    private SuiteOverheadBench() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 10;
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        KubernetesMockServer server = new KubernetesMockServer(new Context(Serialization.jsonMapper()),
                new MockWebServer(), responses, new KubernetesMixedDispatcher(responses), false);
        server.init(InetAddress.getByName("127.0.0.1"), 0);
        Path dir = Files.createTempDirectory("suite-bench-");
        try (KubernetesClient client = server.createClient()) {
            GoodWorld.seed(client);
            GoodWorld.refreshedNow(client);
            RunRequest request = RunRequest.kubeconfig(MockKubeconfig.kubeconfig(client, dir), Set.of(),
                    dir.resolve("evidence")).withEnvFile(MockKubeconfig.envFile(dir));
            ConformanceLauncher launcher = new ConformanceLauncher();
            launcher.run(request);
            List<Long> millis = new ArrayList<>();
            int requests = 0;
            for (int i = 0; i < runs; i++) {
                int before = server.getRequestCount();
                long start = System.nanoTime();
                RunReport report = launcher.run(request);
                millis.add((System.nanoTime() - start) / 1_000_000);
                requests = server.getRequestCount() - before;
                if (report.checks().isEmpty()) {
                    throw new IllegalStateException("no checks ran");
                }
            }
            Collections.sort(millis);
            System.out.printf("suite overhead: median %d ms, worst %d ms over %d runs; %d API requests per run%n",
                    millis.get(millis.size() / 2), millis.get(millis.size() - 1), millis.size(), requests);
        } finally {
            server.destroy();
        }
    }
}
