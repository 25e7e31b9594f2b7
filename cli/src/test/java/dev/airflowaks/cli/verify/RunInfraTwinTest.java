package dev.airflowaks.cli.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code airflow-aks run --infra} through picocli, as a user runs it (issue 14, Deliver 5): an empty twin, the
 * infrastructure article applied through ARM, the guide deployed onto the cluster ARM created, verified with the
 * Azure-side checks, and the report's matrix covering both articles.
 */
class RunInfraTwinTest {

    @TempDir
    Path dir;

    @Test
    void runInfraOnAnEmptyTwinIsConformantAndItsMatrixCoversTheInfrastructureArticle() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("run", "--infra", "--out", dir.toString());
        assertEquals(0, code, out + "\n" + err);
        assertTrue(out.toString().contains("target twin-infra (profile guide): Conformant"), out.toString());
        String json = Files.readString(dir.resolve("report.json"));
        assertTrue(json.contains("infra-aks-cluster") && json.contains("\"AKS_CLUSTER\"")
                && json.contains("\"RESOURCE_GROUP\""), json.length() + " chars");
        assertTrue(json.contains("\"DEPLOY_AIRFLOW\"") && json.contains("\"NAMESPACE\""), "deploy rows too");
        var infraRows = new dev.airflowaks.reports.model.ReportJson().read(dir.resolve("report.json")).checks()
                .stream().filter(c -> c.id().startsWith("infra-")).toList();
        assertEquals(9, infraRows.size(), infraRows.toString());
        assertTrue(infraRows.stream().allMatch(c -> c.status() == dev.airflowaks.reports.model.Status.PASSED
                && !c.actual().isBlank()), infraRows.toString());
    }

    @Test
    void optionsOfAnotherTargetAreRefusedWithInfraAsBadInput() {
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setErr(new PrintWriter(err));
        assertEquals(3, cli.execute("run", "--infra", "--target", "k3s", "--out", dir.toString()));
        assertTrue(err.toString().contains("--target k3s does not fit --infra"), err.toString());
    }
}
