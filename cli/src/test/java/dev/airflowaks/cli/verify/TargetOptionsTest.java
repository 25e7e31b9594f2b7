package dev.airflowaks.cli.verify;

import dev.airflowaks.conformance.targeting.RunSettings;
import dev.airflowaks.conformance.launcher.RunRequest;
import dev.airflowaks.conformance.launcher.TargetPreflight;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * {@code --target twin|k3s|aks} and {@code --profile} on {@code run} and {@code verify}: they map onto the same run
 * request as {@code -Dconformance.*}, and every bad combination, k3s without Docker and AKS without the guide's
 * variables is bad input (exit 3) with a message naming the fix, before anything is started or contacted.
 */
class TargetOptionsTest {

    @TempDir
    Path dir;
    private final AtomicInteger dockerAsked = new AtomicInteger();

    private TargetPreflight noDocker(Map<String, String> env) {
        return new TargetPreflight(() -> {
            dockerAsked.incrementAndGet();
            return false;
        }, env);
    }

    private record Result(int code, String out, String err) {
    }

    private static Result execute(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    @Test
    void k3sWithoutDockerIsBadInputSayingSoBeforeAnythingStarts() {
        Result r = execute(new RunCommand(noDocker(Map.of())), "--target", "k3s", "--out", dir.toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("the k3s target needs Docker"), r.err());
        assertTrue(r.err().contains("--target twin"), "names the way out: " + r.err());
        assertEquals(1, dockerAsked.get());
        assertFalse(Files.exists(dir.resolve("report.html")), "no run, no report");
        Result verify = execute(new VerifyCommand(noDocker(Map.of())), "--target", "k3s", "--out", dir.toString());
        assertEquals(3, verify.code(), verify.err());
        assertTrue(verify.err().contains("needs Docker"), verify.err());
    }

    @Test
    void aksWithMissingVariablesIsBadInputNamingEachOne() throws Exception {
        Path env = dir.resolve("aks.env");
        Files.writeString(env, "AZURE_SUBSCRIPTION_ID=5c1f0e2a-8b7d-4e3f-a9c6-0d1e2f3a4b5c\nMY_RESOURCE_GROUP_NAME=rg\n");
        Result r = execute(new VerifyCommand(noDocker(Map.of("MY_CLUSTER_NAME", "aks1", "PATH", "/bin"))),
                "--target", "aks", "--env-file", env.toString(), "--out", dir.toString());
        assertEquals(3, r.code(), r.err());
        assertTrue(r.err().contains("AKS target needs MY_KEYVAULT_NAME, MY_IDENTITY_NAME, "
                + "AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME, MY_ACR_REGISTRY (all unset)"), r.err());
        assertFalse(r.err().contains("AZURE_SUBSCRIPTION_ID,"), "set in the env file: " + r.err());
        assertFalse(r.err().contains("MY_CLUSTER_NAME,"), "set in the environment: " + r.err());
        assertEquals(0, dockerAsked.get(), "AKS needs no Docker");
        Result run = execute(new RunCommand(noDocker(Map.of())), "--target", "aks", "--out", dir.toString());
        assertEquals(3, run.code(), run.err());
        assertTrue(run.err().contains("AKS target needs AZURE_SUBSCRIPTION_ID"), run.err());
    }

    @Test
    void badCombinationsNameTheOptionAndTheFix() throws Exception {
        Path kubeconfig = Files.writeString(dir.resolve("kubeconfig"), "kind: Config\nclusters: []\n");
        Map<String, String[]> cases = Map.of(
                "--target kind: use twin, k3s or aks", new String[] {"--target", "kind"},
                "--profile=guide does not fit target k3s", new String[] {"--target", "k3s", "--profile", "guide"},
                "--profile=local does not fit target aks", new String[] {"--target", "aks", "--profile", "local"},
                "--profile=cloud is not a profile; use guide or local", new String[] {"--profile", "cloud"},
                "--fault switches on a twin fault; it does not fit --target aks",
                new String[] {"--target", "aks", "--fault", "no-access-policy"},
                "--kubeconfig does not fit --target twin", new String[] {"--kubeconfig", kubeconfig.toString()});
        cases.forEach((message, args) -> {
            String[] all = java.util.stream.Stream.concat(java.util.Arrays.stream(args),
                    java.util.stream.Stream.of("--out", dir.toString())).toArray(String[]::new);
            Result r = execute(new RunCommand(noDocker(Map.of())), all);
            assertEquals(3, r.code(), message + ": " + r.err());
            assertTrue(r.err().contains(message), "expected '" + message + "' in: " + r.err());
        });
        Result verify = execute(new VerifyCommand(noDocker(Map.of())), "--out", dir.toString());
        assertEquals(3, verify.code());
        assertTrue(verify.err().contains("--kubeconfig FILE is required (or --target twin|k3s|aks)"), verify.err());
    }

    @Test
    void theOptionsMapOntoTheSameRunRequestAsTheMavenProperties() throws Exception {
        CommandLine cl = new CommandLine(new RunCommand(noDocker(Map.of())));
        RunRequest twin = TargetRequest.build(cl, "twin", null, null, "local", Optional.empty(), dir, true);
        Map<String, String> p = twin.parameters();
        assertEquals("twin", p.get(RunSettings.TARGET));
        assertEquals("local", p.get(RunSettings.PROFILE));
        assertFalse(p.containsKey(RunSettings.KUBECONFIG));
        RunSettings settings = RunSettings.from(k -> Optional.ofNullable(p.get(k)));
        assertEquals(dev.airflowaks.conformance.profile.RunProfile.LOCAL, settings.profile().orElseThrow());

        Path kubeconfig = Files.writeString(dir.resolve("aks.kubeconfig"), "kind: Config\nclusters: []\n");
        RunRequest aks = TargetRequest.build(cl, "AKS", kubeconfig, null, null, Optional.empty(), dir, true);
        assertEquals("aks", aks.parameters().get(RunSettings.TARGET));
        assertEquals(kubeconfig.toAbsolutePath().toString(), aks.parameters().get(RunSettings.KUBECONFIG));
        assertThrows(CommandLine.ParameterException.class, () -> TargetRequest.build(cl, "aks",
                dir.resolve("missing"), null, null, Optional.empty(), dir, true));
    }
}
