package dev.airflowaks.cli.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.fixtures.twin.azure.AzureTwin;
import dev.airflowaks.fixtures.twin.azure.AzureTwinOptions;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import picocli.CommandLine;

/**
 * Every configuration field, given a bad value, is rejected by {@code apply} with exit code 3 and a message naming
 * the variable, and neither the Kubernetes API server nor Azure receives a single request (counted on both).
 */
@EnableKubernetesMockClient(crud = true, https = false)
@ResourceLock(Resources.SYSTEM_OUT) // captures System.out/err, which concurrent test classes share
@ResourceLock(Resources.SYSTEM_ERR)
class BadInputNoApiCallTest {

    static KubernetesMockServer server;
    static AzureTwin twin;
    @TempDir
    static Path dir;
    static Map<String, String> goodEnv;

    @BeforeAll
    static void start() throws Exception {
        twin = AzureTwin.start(AzureTwinOptions.defaults());
        goodEnv = new HashMap<>();
        for (String line : Files.readAllLines(twin.writeEnvFile(dir.resolve("twin.env")))) {
            if (line.startsWith("export ")) {
                String kv = line.substring(7);
                int eq = kv.indexOf('=');
                goodEnv.put(kv.substring(0, eq), kv.substring(eq + 2, kv.length() - 1));
            }
        }
        Path kubeconfig = dir.resolve("kubeconfig");
        Files.writeString(kubeconfig, "apiVersion: v1\nkind: Config\nclusters: [{name: mock, cluster: {server: \""
                + server.url("/") + "\"}}]\ncontexts: [{name: mock, context: {cluster: mock, user: mock}}]\n"
                + "current-context: mock\nusers: [{name: mock, user: {token: dummy}}]\n");
        goodEnv.put("KUBECONFIG", kubeconfig.toString());
    }

    @AfterAll
    static void stop() {
        twin.close();
    }

    /** Control: the same counters do move when the input is good, so "no call" above is a real observation. */
    @org.junit.jupiter.api.Test
    void goodInputDoesReachBothApis() {
        int kubeBefore = server.getRequestCount();
        int azureBefore = twin.recentRequests().size();
        PlanCommand cmd = new PlanCommand();
        cmd.environment = goodEnv;
        PrintStream oldOut = System.out;
        System.setOut(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(cmd).execute();
        } finally {
            System.setOut(oldOut);
        }
        assertTrue(code != ExitCodes.BAD_INPUT);
        assertTrue(twin.recentRequests().size() > azureBefore, "derived values were looked up in Azure");
        assertTrue(server.getRequestCount() > kubeBefore, "the cluster was read");
    }

    @ParameterizedTest(name = "{0}={1}")
    @CsvSource(delimiter = '|', value = {
        "AKS_AIRFLOW_NAMESPACE|Airflow_NS",
        "SERVICE_ACCOUNT_NAME|Bad SA",
        "MY_IDENTITY_NAME|-identity",
        "MY_IDENTITY_NAME_CLIENT_ID|not-a-guid",
        "MY_IDENTITY_NAME_PRINCIPAL_ID|12345",
        "TENANT_ID|tenant",
        "MY_RESOURCE_GROUP_NAME|rg.",
        "MY_KEYVAULT_NAME|1kv",
        "KEYVAULTURL|https://127.0.0.1:8443/",
        "OIDC_URL|http://issuer.example/",
        "MY_CLUSTER_NAME|aks!",
        "MY_ACR_REGISTRY|myacr.azurecr.io",
        "AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME|Airflow-Logs",
        "AKS_AIRFLOW_LOGS_STORAGE_CONTAINER_NAME|Airflow--Logs",
        "AKS_AIRFLOW_LOGS_STORAGE_SECRET_NAME|storage_credentials",
        "AIRFLOW_AKS_ESO_CHART_VERSION|latest",
        "AIRFLOW_AKS_AIRFLOW_CHART_VERSION|one",
        "AIRFLOW_AKS_ESO_CHART|/no/such/chart",
        "AIRFLOW_AKS_AIRFLOW_CHART|/no/such/chart.tgz",
        "AZURE_SUBSCRIPTION_ID|sub-1"
    })
    void badFieldIsRejectedBeforeAnyApiCall(String variable, String value) {
        Map<String, String> env = new HashMap<>(goodEnv);
        env.put(variable, value);
        int kubeBefore = server.getRequestCount();
        int azureBefore = twin.recentRequests().size();

        ApplyCommand cmd = new ApplyCommand();
        cmd.environment = env;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(cmd).execute();
        } finally {
            System.setErr(oldErr);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodes.BAD_INPUT, code, message);
        assertTrue(message.contains(variable + ": "), message);
        assertTrue(message.contains("Fix: "), message);
        assertEquals(kubeBefore, server.getRequestCount(), "no Kubernetes API call");
        assertEquals(azureBefore, twin.recentRequests().size(), "no Azure call");
    }

    /** Issue 13: a flag wins over the environment (kubectl, Helm, Terraform); the value shows its source. */
    @org.junit.jupiter.api.Test
    void setWinsOverTheSameVariableInTheEnvironment() {
        Map<String, String> env = new HashMap<>(goodEnv);
        env.put("AKS_AIRFLOW_NAMESPACE", "from-env");
        PlanCommand cmd = new PlanCommand();
        cmd.environment = env;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream oldOut = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            new CommandLine(cmd).execute("--set", "AKS_AIRFLOW_NAMESPACE=x");
        } finally {
            System.setOut(oldOut);
        }
        String printed = out.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("AKS_AIRFLOW_NAMESPACE = x  [flag]"), printed);
        assertTrue(!printed.contains("from-env"), printed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "apply --atomic --keep-on-failure|--keep-on-failure and --atomic contradict",
        "plan --detailed-exitcode=always|--detailed-exitcode takes no value or 'strict'"
    })
    void contradictoryOrUnknownModeIsRejectedBeforeAnyApiCall(String commandLine, String expected) {
        String[] args = commandLine.split(" ");
        int kubeBefore = server.getRequestCount();
        Object cmd;
        if (args[0].equals("apply")) {
            ApplyCommand a = new ApplyCommand();
            a.environment = goodEnv;
            cmd = a;
        } else {
            PlanCommand p = new PlanCommand();
            p.environment = goodEnv;
            cmd = p;
        }
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream oldErr = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(cmd).execute(java.util.Arrays.copyOfRange(args, 1, args.length));
        } finally {
            System.setErr(oldErr);
        }
        String message = err.toString(StandardCharsets.UTF_8);
        assertEquals(ExitCodes.BAD_INPUT, code, message);
        assertTrue(message.contains(expected), message);
        assertEquals(kubeBefore, server.getRequestCount(), "no Kubernetes API call");
    }
}
