package dev.airflowaks.cli.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.azure.AzureClients;
import dev.airflowaks.deployer.azure.SdkAzureGateway;
import dev.airflowaks.deployer.config.ConfigResolver;
import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.kube.GuideNames;
import dev.airflowaks.fixtures.charts.TestCharts;
import dev.airflowaks.fixtures.twin.EmbeddedTwin;
import dev.airflowaks.fixtures.twin.TwinOptions;
import dev.airflowaks.fixtures.twin.azure.AzureTwin;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import picocli.CommandLine;

/**
 * {@code airflow-aks destroy --purge} on the embedded twin, through picocli as a user runs it: unconfirmed (no
 * answer on stdin, or "no") it lists exactly what it would delete, changes nothing in the cluster or in Azure and
 * exits 4; with {@code --yes} it deletes the PV, the blob container and the two vault secrets, and the next
 * {@code plan} is all creates. No output ever contains the storage key held in the vault.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ResourceLock(Resources.SYSTEM_OUT) // captures System.out/err, which concurrent test classes share
@ResourceLock(Resources.SYSTEM_ERR)
class DestroyPurgeTwinTest {

    @TempDir
    static Path dir;
    static EmbeddedTwin twin;
    static AzureTwin azure;
    static KubernetesClient client;
    static Map<String, String> env;
    static DeployConfig config;
    static SdkAzureGateway gateway;
    static String storageKey;
    static final List<String> allOutput = new ArrayList<>();

    record Run(int code, String out, String err) {
    }

    @BeforeAll
    static void deploy() throws Exception {
        twin = EmbeddedTwin.start(TwinOptions.defaults().simulated(true).kubeconfig(dir.resolve("kubeconfig"))
                .envFile(dir.resolve("twin.env")));
        azure = twin.azure().orElseThrow();
        client = twin.newClient();
        env = cliEnv(dir, twin);
        config = new ConfigResolver(env).resolve(Optional.empty(), Map.of());
        gateway = new SdkAzureGateway(new AzureClients(config));

        ApplyCommand apply = new ApplyCommand();
        apply.environment = env;
        Run r = run(apply, "", "--work-dir", dir.resolve("work").toString());
        assertEquals(0, r.code(), r.out() + r.err());
        var secret = client.secrets().inNamespace("airflow").withName(config.storageSecretName())
                .waitUntilCondition(x -> x != null && x.getData() != null
                        && x.getData().containsKey("azurestorageaccountkey"), 60, TimeUnit.SECONDS);
        storageKey = new String(Base64.getDecoder().decode(secret.getData().get("azurestorageaccountkey")),
                StandardCharsets.UTF_8);
        assertTrue(storageKey.length() >= 16, "the vault's storage key reached the cluster");
    }

    /** The environment a user gets from {@code twin start}'s env file, plus the test charts. */
    static Map<String, String> cliEnv(Path dir, EmbeddedTwin twin) throws java.io.IOException {
        Map<String, String> env = new HashMap<>();
        for (String line : Files.readAllLines(dir.resolve("twin.env"))) {
            if (line.startsWith("export ")) {
                String kv = line.substring(7);
                int eq = kv.indexOf('=');
                env.put(kv.substring(0, eq), kv.substring(eq + 2, kv.length() - 1));
            }
        }
        Path charts = TestCharts.extract(dir.resolve("charts"));
        env.put("KUBECONFIG", twin.kubeconfig().toString());
        env.put("AIRFLOW_AKS_ESO_CHART", TestCharts.eso(charts).toString());
        env.put("AIRFLOW_AKS_AIRFLOW_CHART", TestCharts.airflow(charts).toString());
        return env;
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

    /** Runs a command as the CLI would, with {@code stdin} as its standard input; records all its output. */
    static Run run(Callable<Integer> command, String stdin, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        PrintStream oldErr = System.err;
        InputStream oldIn = System.in;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        System.setIn(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
        int code;
        try {
            code = new CommandLine(command).execute(args);
        } finally {
            System.setOut(oldOut);
            System.setErr(oldErr);
            System.setIn(oldIn);
        }
        Run r = new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        oldOut.print(r.out());
        oldErr.print(r.err());
        allOutput.add(r.out());
        allOutput.add(r.err());
        return r;
    }

    static Run destroy(String stdin, String... args) {
        DestroyCommand cmd = new DestroyCommand();
        cmd.environment = env;
        List<String> a = new ArrayList<>(List.of(args));
        a.addAll(List.of("--work-dir", dir.resolve("work").toString()));
        return run(cmd, stdin, a.toArray(String[]::new));
    }

    static long azureWrites() {
        return azure.recentRequests().stream().filter(r -> r.startsWith("PUT ") || r.startsWith("POST ")
                || r.startsWith("PATCH ") || r.startsWith("DELETE ")).filter(r -> !r.contains("/oauth2/")).count();
    }

    static final Set<String> PURGED = Set.of(
            "  - PersistentVolume pv-airflow-logs",
            "  - azure blobContainer airflowakslogs/airflow-logs",
            "  - azure vaultSecret airflow-aks-kv/" + GuideNames.KV_ACCOUNT_NAME_SECRET,
            "  - azure vaultSecret airflow-aks-kv/" + GuideNames.KV_ACCOUNT_KEY_SECRET);

    private static void assertNothingChanged(Run r, long azureWritesBefore) {
        assertEquals(ExitCodes.ABORTED, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("Not confirmed; nothing was removed."), r.err());
        assertFalse(r.out().contains("Destroy complete"), r.out());
        // The prompt lists exactly what --purge adds to a destroy, and asks for the namespace.
        List<String> lines = r.out().lines().toList();
        int head = lines.indexOf("--purge also deletes, permanently:");
        assertTrue(head >= 0, r.out());
        assertEquals(PURGED, Set.copyOf(lines.subList(head + 1, head + 5)), r.out());
        assertTrue(lines.get(head + 5).startsWith("Type the namespace (airflow) to confirm: "), r.out());
        // Nothing was touched, in the cluster or in Azure.
        assertEquals(azureWritesBefore, azureWrites(), "no Azure write");
        var ns = client.namespaces().withName("airflow").get();
        assertTrue(ns != null && ns.getMetadata().getDeletionTimestamp() == null, "namespace kept");
        assertNotNull(client.persistentVolumes().withName("pv-airflow-logs").get());
        assertNotNull(client.serviceAccounts().inNamespace("airflow").withName("airflow").get());
        assertFalse(client.secrets().inNamespace("airflow").withLabel("owner", "helm").list().getItems().isEmpty(),
                "helm releases kept");
        assertTrue(gateway.blobContainerExists(config.resourceGroup(), config.storageAccountName(),
                config.storageContainerName()));
        assertTrue(vaultSecretsExist());
    }

    static boolean vaultSecretsExist() {
        String vault = config.keyVaultUrl().orElseThrow();
        return gateway.secretExists(vault, GuideNames.KV_ACCOUNT_NAME_SECRET)
                && gateway.secretExists(vault, GuideNames.KV_ACCOUNT_KEY_SECRET);
    }

    @Test
    @Order(1)
    void withoutYesAndNoAnswerNothingIsRemoved() {
        long before = azureWrites();
        assertNothingChanged(destroy("", "--purge"), before);
    }

    @Test
    @Order(2)
    void answeringNoRemovesNothing() {
        long before = azureWrites();
        assertNothingChanged(destroy("no\n", "--purge"), before);
    }

    @Test
    @Order(3)
    void withYesThePvTheBlobContainerAndTheVaultSecretsAreDeleted() {
        Run r = destroy("", "--purge", "--yes");
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("Destroy complete."), r.out());
        assertFalse(r.out().contains("Type the namespace"), "--yes does not ask");
        client.persistentVolumes().withName("pv-airflow-logs").waitUntilCondition(p -> p == null, 60,
                TimeUnit.SECONDS);
        assertFalse(gateway.blobContainerExists(config.resourceGroup(), config.storageAccountName(),
                config.storageContainerName()), "blob container deleted");
        String vault = config.keyVaultUrl().orElseThrow();
        assertFalse(gateway.secretExists(vault, GuideNames.KV_ACCOUNT_NAME_SECRET), "vault secret deleted");
        assertFalse(gateway.secretExists(vault, GuideNames.KV_ACCOUNT_KEY_SECRET), "vault secret deleted");
        client.namespaces().withName("airflow").waitUntilCondition(n -> n == null, 120, TimeUnit.SECONDS);
    }

    /**
     * Issue 17, finding 4: after {@code destroy --purge} the blob container and the two vault secrets are gone, so
     * a deploy can never mount its logs. The plan says so, naming the infrastructure step that creates each one,
     * instead of a clean "to create" plan whose apply waits fifteen minutes for a mount.
     */
    @Test
    @Order(4)
    void thenPlanNamesThePurgedPrerequisitesAndTheirSteps() {
        PlanCommand plan = new PlanCommand();
        plan.environment = env;
        Run r = run(plan, "", "--detailed-exitcode", "--work-dir", dir.resolve("work").toString());
        assertEquals(ExitCodes.FAILED, r.code(), r.out() + r.err());
        assertTrue(r.err().contains("blob container " + config.storageAccountName() + "/"
                + config.storageContainerName() + " is missing: the infrastructure article's step STORAGE_ACCOUNT"),
                r.err());
        assertTrue(r.err().contains("vault secret " + config.keyVaultName() + "/" + GuideNames.KV_ACCOUNT_KEY_SECRET
                + " is missing: the infrastructure article's step STORAGE_SECRETS"), r.err());
        assertTrue(r.err().contains("apply --infra"), r.err());
        assertFalse(r.out().contains("to create"), "no plan is shown for a deploy that cannot work: " + r.out());
    }

    @Test
    @Order(5)
    void noOutputEverContainedTheStorageKey() {
        assertTrue(allOutput.size() >= 8, "all commands' output was recorded");
        assertTrue(allOutput.stream().noneMatch(o -> o.contains(storageKey)), "the vault's storage key was printed");
    }
}
