package dev.airflowaks.cli.verify;

import dev.airflowaks.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code airflow-aks run --profile local}: the twin, the local profile deployed, verified, conformant. */
class RunLocalProfileTest {

    @TempDir
    Path dir;

    @Test
    void runWithTheLocalProfileOnTheTwinIsConformantWithItsSubstitutionsReported() throws Exception {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cli = new CommandLine(new Main());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        int code = cli.execute("run", "--profile", "local", "--out", dir.toString());
        assertEquals(0, code, out + "\n" + err);
        assertTrue(out.toString().contains("target twin (profile local): Conformant"), out.toString());
        String json = Files.readString(dir.resolve("report.json"));
        assertTrue(json.contains("\"SUBSTITUTED\"") && json.contains("Local profile: a static hostPath"), json.length()
                + " chars");
    }
}
