package dev.airflowaks.cli.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.PrintWriter;

import java.io.StringWriter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.fixtures.twin.azure.AzureTwin;
import dev.airflowaks.fixtures.twin.azure.AzureTwinOptions;
import dev.airflowaks.fixtures.twin.kube.server.KubeApiServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import picocli.CommandLine;

/**
 * Issue 17 point 6, client side: kubeconfig and connection problems are bad input (exit 3) named in one sentence,
 * and the API server is tried first, so Azure receives no request. A closed port fails within 6 s naming the URL
 * and {@code connection refused} (fabric8's retries used to take 25-30 s and print {@code Operation: [get] …});
 * the twin's API server answering 401 to an expired client certificate (fault expired-credentials) becomes "the cluster rejected the
 * credentials in FILE (user X)" with the {@code az aks get-credentials} command that refreshes them.
 */
@ResourceLock(Resources.SYSTEM_OUT) // captures System.out/err, which concurrent test classes share
@ResourceLock(Resources.SYSTEM_ERR)
@ResourceLock(Resources.SYSTEM_PROPERTIES) // and sets user.home
class ClusterAccessTest {

    @TempDir
    static Path dir;
    static AzureTwin azure;
    static Map<String, String> env;

    record Run(int code, String err, long millis) {
    }

    @BeforeAll
    static void start() throws Exception {
        azure = AzureTwin.start(AzureTwinOptions.defaults());
        env = new HashMap<>();
        for (String line : Files.readAllLines(azure.writeEnvFile(dir.resolve("twin.env")))) {
            if (line.startsWith("export ")) {
                String kv = line.substring(7);
                int eq = kv.indexOf('=');
                env.put(kv.substring(0, eq), kv.substring(eq + 2, kv.length() - 1));
            }
        }
    }

    @AfterAll
    static void stop() {
        azure.close();
    }

    static Path kubeconfig(String name, String server) throws Exception {
        return Files.writeString(dir.resolve(name), "apiVersion: v1\nkind: Config\nclusters: [{name: aks, cluster: "
                + "{server: \"" + server + "\"}}]\ncontexts: [{name: aks, context: {cluster: aks, user: "
                + "clusterUser_rg_aks}}]\ncurrent-context: aks\nusers: [{name: clusterUser_rg_aks, user: "
                + "{token: expired}}]\n");
    }

    static Run apply(Path kubeconfig) {
        Map<String, String> e = new HashMap<>(env);
        e.put("KUBECONFIG", kubeconfig.toString());
        ApplyCommand cmd = new ApplyCommand();
        cmd.environment = e;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        long start = System.nanoTime();
        int code;
        try {
            code = new CommandLine(cmd).execute("--work-dir", dir.resolve("work").toString());
        } finally {
            System.setErr(oldErr);
        }
        return new Run(code, err.toString(StandardCharsets.UTF_8), (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void aClosedPortIsBadInputWithinSixSecondsNamingTheUrlAndNoAzureCall() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        String url = "https://127.0.0.1:" + port + "/";
        int azureBefore = azure.recentRequests().size();
        Run r = apply(kubeconfig("closed", url));
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertTrue(r.millis() < 6_000, "took " + r.millis() + " ms");
        assertTrue(r.err().contains("cannot reach the Kubernetes API server at " + url), r.err());
        assertTrue(r.err().contains("connection refused"), r.err());
        assertEquals(azureBefore, azure.recentRequests().size(), "the API server is tried before any Azure call");
    }

    /** The twin's API server with fault expired-credentials: its kubeconfig's client certificate gets 401. */
    @Test
    void a401IsTranslatedNamingTheFileTheUserAndTheRefresh() throws Exception {
        try (KubeApiServer api = KubeApiServer.builder().expiredCredentials(true).build().start()) {
            Path file = api.writeKubeconfig(dir.resolve("expired"));
            Run r = apply(file);
            assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
            assertTrue(r.err().contains("rejected the credentials in " + file + " (user twin-admin, HTTP 401)"
                    + ": refresh them with `az aks get-credentials --resource-group " + env.get("MY_RESOURCE_GROUP_NAME")
                    + " --name " + env.get("MY_CLUSTER_NAME") + " --overwrite-existing`"), r.err());
            assertTrue(!r.err().contains("Status("), "no raw fabric8 status dump:\n" + r.err());
        }
    }

    /** verify translates the 401 the same way, before any check runs (it printed a raw 401 and exited 2). */
    @Test
    void verifyTranslatesA401TooAndChecksNothing() throws Exception {
        try (KubeApiServer api = KubeApiServer.builder().expiredCredentials(true).build().start()) {
            Path file = api.writeKubeconfig(dir.resolve("expired-verify"));
            StringWriter err = new StringWriter();
            CommandLine cli = new CommandLine(new dev.airflowaks.cli.verify.VerifyCommand());
            cli.setErr(new PrintWriter(err, true));
            int code = cli.execute("--kubeconfig", file.toString(), "--env-file", dir.resolve("twin.env").toString(),
                    "--out", dir.resolve("verify-out").toString());
            assertEquals(ExitCodes.BAD_INPUT, code, err.toString());
            assertTrue(err.toString().contains("Cannot use the cluster, nothing was checked:"), err.toString());
            assertTrue(err.toString().contains("rejected the credentials in " + file + " (user twin-admin, HTTP 401)"
                    + ": refresh them with `az aks get-credentials --resource-group " + env.get("MY_RESOURCE_GROUP_NAME")
                    + " --name " + env.get("MY_CLUSTER_NAME") + " --overwrite-existing`"), err.toString());
            assertFalse(Files.exists(dir.resolve("verify-out/report.json")), "no verdict without cluster access");
        }
    }

    @Test
    void aMalformedKubeconfigIsBadInputNamingTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("malformed"), "apiVersion: v1\nclusters: [ {name: x\n");
        Run r = apply(file);
        assertEquals(ExitCodes.BAD_INPUT, r.code(), r.err());
        assertTrue(r.err().contains("kubeconfig " + file + " is not a valid kubeconfig"), r.err());
        assertTrue(r.err().contains("az aks get-credentials"), r.err());
    }

    @Test
    void noKubeconfigAtAllIsBadInputNamingTheDefaultFile() throws Exception {
        Map<String, String> e = new HashMap<>(env);
        e.remove("KUBECONFIG");
        String home = System.getProperty("user.home");
        System.setProperty("user.home", dir.resolve("empty-home").toString());
        ApplyCommand cmd = new ApplyCommand();
        cmd.environment = e;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(cmd).execute("--work-dir", dir.resolve("work").toString());
        } finally {
            System.setErr(oldErr);
            System.setProperty("user.home", home);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodes.BAD_INPUT, code, message);
        assertTrue(message.contains("kubeconfig " + dir.resolve("empty-home").resolve(".kube").resolve("config")
                + " does not exist"), message);
    }
}
