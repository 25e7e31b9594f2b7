package dev.airflowaks.cli.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.cli.Main;
import java.io.BufferedReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/**
 * The signal tests' harness: an {@code airflow-aks} command in a child JVM (this test's class path), its output
 * collected line by line, and a real {@code kill -SIGNAL} sent once its output, or the cluster, says the moment has
 * come.
 */
public final class ChildCommand {

    /** How the child ended. */
    public record Result(int code, String out) {
    }

    private final Map<String, String> env;

    public ChildCommand(Map<String, String> env) {
        this.env = Map.copyOf(env);
    }

    /** Runs {@code args} to the end (within {@code seconds}). */
    public Result run(int seconds, String... args) throws Exception {
        Process p = start(List.of(args));
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> reader = read(p, lines);
        assertTrue(p.waitFor(seconds, TimeUnit.SECONDS), "the child ends within " + seconds + " s:\n"
                + String.join("\n", lines));
        reader.get(10, TimeUnit.SECONDS);
        return new Result(p.exitValue(), String.join("\n", lines));
    }

    /** Runs {@code args} and sends {@code signal} (e.g. {@code INT}) once {@code when} holds for the output so far. */
    public Result interrupted(String signal, Predicate<List<String>> when, List<String> args) throws Exception {
        Process p = start(args);
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> reader = read(p, lines);
        awaitTrue(() -> when.test(lines) || !p.isAlive(), 240);
        assertTrue(p.isAlive(), "the child ended before the signal:\n" + String.join("\n", lines));
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child stops within 60 s of " + signal + ":\n"
                + String.join("\n", lines));
        reader.get(10, TimeUnit.SECONDS);
        return new Result(p.exitValue(), String.join("\n", lines));
    }

    private Process start(List<String> args) throws IOException {
        // C1 only, as bin/airflow-aks starts the command: a child lives seconds, and C2's compilations competed
        // with the test JVM and the twin for the 2 cores
        List<String> cmd = new ArrayList<>(inheritsIgnoredInterrupt()
                ? List.of("env", "--default-signal=INT,TERM") : List.of());
        cmd.addAll(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:TieredStopAtLevel=1", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        return pb.start();
    }

    private static CompletableFuture<Void> read(Process p, List<String> lines) {
        return CompletableFuture.runAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    System.out.println("child> " + l);
                    lines.add(l);
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** Polls (a test-side wait) until the condition holds. */
    public static void awaitTrue(BooleanSupplier condition, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "condition not met within " + seconds + " s");
            Thread.sleep(5);
        }
    }

    /** The progress line of step {@code stepId} was printed. */
    public static Predicate<List<String>> afterStep(String stepId) {
        String prefix = String.format("[%2s/", stepId);
        return lines -> lines.stream().anyMatch(l -> l.startsWith(prefix));
    }

    /**
     * Whether this JVM runs with SIGINT ignored: a build started as a background job of a non-interactive shell
     * ({@code .ci/run &}) inherits SIG_IGN for SIGINT, as POSIX requires for asynchronous lists, and a JVM whose
     * SIGINT is ignored neither handles it nor can reset it (HotSpot's {@code JVM_RegisterSignal} returns "ignored"
     * for SIGINT/SIGTERM/SIGHUP then). Its children would inherit that too, so the child is started through GNU
     * {@code env --default-signal}, which resets it, as an interactive terminal gives it to a user's command.
     */
    static boolean inheritsIgnoredInterrupt() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(l -> l.startsWith("SigIgn:")).findFirst()
                    .map(l -> (Long.parseLong(l.substring(7).trim(), 16) & (1L << 1)) != 0).orElse(false);
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }
}
