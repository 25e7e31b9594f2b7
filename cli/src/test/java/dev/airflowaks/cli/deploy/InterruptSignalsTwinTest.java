package dev.airflowaks.cli.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.cli.Main;
import dev.airflowaks.fixtures.twin.EmbeddedTwin;
import dev.airflowaks.fixtures.twin.TwinOptions;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 point 1 with real signals: {@code airflow-aks apply} runs in a child JVM against the embedded twin and
 * gets {@code kill -INT} / {@code kill -TERM} at each phase: before Helm, after Helm (the Go runtime of Helm's
 * native library has installed its own SIGINT/SIGTERM handler by then, which made the JVM deaf to them), during
 * readiness, and during a Helm call. Each time the command stops at a step, says where and how to resume, undoes
 * nothing, and exits 128 + the signal number (130, 143).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class InterruptSignalsTwinTest {

    @TempDir
    static Path dir;
    static EmbeddedTwin twin;
    static KubernetesClient client;
    static Map<String, String> env;

    /** How an interrupted child ended: {@link ChildCommand.Result}. */
    record Child(int code, String out) {
    }

    @BeforeAll
    static void start() throws Exception {
        twin = EmbeddedTwin.start(TwinOptions.defaults().simulated(true).kubeconfig(dir.resolve("kubeconfig"))
                .envFile(dir.resolve("twin.env")));
        client = twin.newClient();
        env = DestroyPurgeTwinTest.cliEnv(dir, twin);
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (twin != null) {
            twin.close();
        }
    }

    /** Runs {@code apply} in a child JVM and sends {@code signal} once {@code when} holds for its output so far. */
    static Child applyInterrupted(String signal, java.util.function.Predicate<List<String>> when, String... extra)
            throws Exception {
        List<String> args = new ArrayList<>(List.of("apply", "--work-dir", dir.resolve("work").toString()));
        args.addAll(List.of(extra));
        ChildCommand.Result r = new ChildCommand(env).interrupted(signal, when, args);
        return new Child(r.code(), r.out());
    }

    static void awaitTrue(BooleanSupplier condition, int seconds) throws InterruptedException {
        ChildCommand.awaitTrue(condition, seconds);
    }

    static java.util.function.Predicate<List<String>> afterStep(String stepId) {
        return ChildCommand.afterStep(stepId);
    }

    static void assertStoppedCleanly(Child c, int code, String signal) {
        assertEquals(code, c.code(), c.out());
        assertTrue(c.out().contains(signal + " received: stopping the current step"), c.out());
        assertTrue(c.out().contains("Interrupted (" + signal + ") at step "), c.out());
        assertTrue(c.out().contains("Run apply again to resume at step "), c.out());
        assertTrue(c.out().contains("Interrupted by " + signal + " at step "), c.out());
        assertTrue(c.out().contains("; stopped, nothing was undone."), c.out());
        assertFalse(c.out().contains("Undoing"), "an interrupt undoes nothing:\n" + c.out());
        assertFalse(c.out().contains("Apply complete."), c.out());
    }

    @Test
    @Order(1)
    void sigintBeforeHelm() throws Exception {
        Child c = applyInterrupted("INT", afterStep("1"));
        assertStoppedCleanly(c, 130, "SIGINT");
        assertTrue(client.namespaces().withName("airflow").get() != null, "what step 1 made is kept");
    }

    @Test
    @Order(2)
    void sigintAfterHelmLoadedAndInstalled() throws Exception {
        Child c = applyInterrupted("INT", afterStep("3"));
        assertTrue(c.out().contains("External Secrets Operator") || c.out().contains("[ 3/"), c.out());
        assertStoppedCleanly(c, 130, "SIGINT");
        assertFalse(c.out().contains("[11/"), "stopped before the end:\n" + c.out());
    }

    @Test
    @Order(3)
    void sigintDuringReadiness() throws Exception {
        Child c = applyInterrupted("INT", afterStep("10"));
        assertStoppedCleanly(c, 130, "SIGINT");
        assertTrue(c.out().contains("Interrupted (SIGINT) at step 11"), c.out());
    }

    @Test
    @Order(4)
    void sigtermDuringAHelmUpgrade() throws Exception {
        Path values = Files.writeString(dir.resolve("labels.yaml"), "labels:\n  interrupted-upgrade: \"yes\"\n");
        Child c = applyInterrupted("TERM", lines -> client.secrets().inNamespace("airflow")
                .withName("sh.helm.release.v1.airflow.v2").get() != null, "--values", values.toString());
        assertStoppedCleanly(c, 143, "SIGTERM");
        assertTrue(c.out().contains("Interrupted (SIGTERM) at step 10"), c.out());
    }

    @Test
    @Order(5)
    void aSecondSignalExitsAtOnce() throws Exception {
        List<String> cmd = List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "apply",
                "--work-dir", dir.resolve("work").toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("second.log").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        awaitTrue(() -> {
            try {
                return Files.readString(dir.resolve("second.log")).contains("[ 1/");
            } catch (IOException e) {
                return false;
            }
        }, 120);
        // Two different signals in one shell, microseconds apart (two SIGINTs could merge into one pending signal):
        // the second arrives while the first is still stopping the step.
        new ProcessBuilder("sh", "-c", "kill -INT " + p.pid() + "; kill -TERM " + p.pid()).start().waitFor();
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        String out = Files.readString(dir.resolve("second.log"));
        // The JVM may handle them in either order: the one handled second decides the exit code, at once.
        boolean intFirst = out.contains("SIGINT received: stopping the current step");
        assertTrue(intFirst || out.contains("SIGTERM received: stopping the current step"), out);
        assertTrue(out.contains("Second signal (" + (intFirst ? "SIGTERM" : "SIGINT") + "): exiting at once"), out);
        assertEquals(intFirst ? 143 : 130, p.exitValue(), out);
    }

    /** Issue 17 point 8: {@code ui} listens on 127.0.0.1 only by default, as {@code kubectl port-forward} does. */
    @Test
    @Order(6)
    void uiListensOnLoopbackOnly() throws Exception {
        List<String> cmd = List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "ui", "--port", "0");
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(dir.resolve("ui.log").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        try {
            java.util.regex.Pattern url = java.util.regex.Pattern.compile("Airflow UI: http://127\\.0\\.0\\.1:(\\d+)/");
            String[] port = new String[1];
            awaitTrue(() -> {
                try {
                    var m = url.matcher(Files.readString(dir.resolve("ui.log")));
                    if (m.find()) {
                        port[0] = m.group(1);
                    }
                    return port[0] != null || !p.isAlive();
                } catch (IOException e) {
                    return false;
                }
            }, 120);
            assertTrue(port[0] != null, Files.readString(dir.resolve("ui.log")));
            Process ss = new ProcessBuilder("ss", "-ltnH").redirectErrorStream(true).start();
            String listening = new String(ss.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            ss.waitFor();
            List<String> ours = listening.lines().filter(l -> l.matches(".*[:\\]]" + port[0] + "\\s.*")).toList();
            assertEquals(1, ours.size(), listening);
            assertTrue(ours.get(0).matches(".*\\s(127\\.0\\.0\\.1|\\[::ffff:127\\.0\\.0\\.1\\]):" + port[0]
                    + "\\s.*"), "loopback only, not 0.0.0.0 or *: " + ours);
        } finally {
            p.destroy();
            p.waitFor(30, TimeUnit.SECONDS);
        }
    }
}
