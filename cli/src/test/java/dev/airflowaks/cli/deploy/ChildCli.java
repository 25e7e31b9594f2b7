package dev.airflowaks.cli.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.cli.Main;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
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
 * The CLI in a child JVM that gets a real signal ({@code kill -INT|-TERM|-KILL}) once its output so far satisfies a
 * condition: how a user's Ctrl-C, a CI runner's SIGTERM or the OOM killer reach {@code airflow-aks}. Shared by the
 * signal tests of the deploy steps and of the infrastructure steps.
 */
final class ChildCli {

    record Child(int code, String out) {
    }

    private ChildCli() {
    }

    /** Runs {@code airflow-aks <args>} with {@code env} added and sends {@code signal} once {@code when} holds. */
    static Child signalled(Map<String, String> env, List<String> args, String signal, Predicate<List<String>> when)
            throws Exception {
        List<String> cmd = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        cmd.addAll(args);
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
        pb.environment().putAll(env);
        Process p = pb.start();
        List<String> lines = new CopyOnWriteArrayList<>();
        CompletableFuture<Void> reader = CompletableFuture.runAsync(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String l = r.readLine(); l != null; l = r.readLine()) {
                    System.out.println("child> " + l);
                    lines.add(l);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        awaitTrue(() -> when.test(lines) || !p.isAlive(), 240);
        assertTrue(p.isAlive(), "the child ended before the signal:\n" + String.join("\n", lines));
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, String.valueOf(p.pid())).start().waitFor());
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "the child stops within 60 s of " + signal + ":\n"
                + String.join("\n", lines));
        reader.get(10, TimeUnit.SECONDS);
        return new Child(p.exitValue(), String.join("\n", lines));
    }

    /** Polls (a test-side wait) until the condition holds. */
    static void awaitTrue(BooleanSupplier condition, int seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < end, "condition not met within " + seconds + " s");
            Thread.sleep(20);
        }
    }
}
