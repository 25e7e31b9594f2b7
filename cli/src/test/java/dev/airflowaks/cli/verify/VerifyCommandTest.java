package dev.airflowaks.cli.verify;

import dev.airflowaks.cli.Main;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@EnableKubernetesMockClient(crud = true, https = false)
class VerifyCommandTest {

    KubernetesClient client;
    @TempDir
    Path dir;

    private int execute(StringWriter out, StringWriter err, String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void verifyAgainstAClusterWithoutTheGuideIsNotConformantAndWritesTheReport() throws Exception {
        client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName("airflow").endMetadata()
                .withNewStatus().withPhase("Active").endStatus().build()).create();
        Path kubeconfig = dir.resolve("kubeconfig");
        Files.writeString(kubeconfig, "apiVersion: v1\nkind: Config\nclusters: [{name: m, cluster: {server: \""
                + client.getMasterUrl().toString().replaceAll("/$", "") + "\"}}]\ncontexts: [{name: m, context: "
                + "{cluster: m, user: m}}]\ncurrent-context: m\nusers: [{name: m, user: {token: t}}]\n");
        StringWriter out = new StringWriter();
        int code = execute(out, new StringWriter(), "verify", "--kubeconfig", kubeconfig.toString(),
                "--out", dir.resolve("report").toString(), "--no-readiness-gate");
        assertEquals(1, code, out.toString());
        assertTrue(out.toString().contains("Not conformant"), out.toString());
        assertTrue(out.toString().contains("FAILED EsoInstallationCheck.releaseDeployedAtPinnedVersion"), out.toString());
        assertTrue(Files.size(dir.resolve("report/report.html")) > 1000);
        assertTrue(Files.readString(dir.resolve("report/report.json")).contains("NamespaceCheck.namespaceIsActive"));
    }

    @Test
    void aMissingKubeconfigIsBadInputNamingTheOption() {
        StringWriter err = new StringWriter();
        int code = execute(new StringWriter(), err, "verify", "--kubeconfig", dir.resolve("nope").toString());
        assertEquals(3, code);
        assertTrue(err.toString().contains("--kubeconfig"), err.toString());
    }

    @Test
    void anUnknownFaultIsBadInputListingTheValidOnes() {
        StringWriter err = new StringWriter();
        int code = execute(new StringWriter(), err, "run", "--fault", "no-such-fault", "--out", dir.toString());
        assertEquals(3, code);
        assertTrue(err.toString().contains("federated-subject-mismatch"), err.toString());
    }
}
