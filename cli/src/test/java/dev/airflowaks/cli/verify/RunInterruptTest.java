package dev.airflowaks.cli.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.cli.Main;
import dev.airflowaks.fixtures.charts.TestCharts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 17 point 1, {@code run}: SIGINT while the deploy installs the Airflow chart used to cancel the Helm call and
 * then report "Conformant" with exit 0, and later its own apply counted the interrupt as a failure. Now the suite's
 * apply is told of the interrupt: it lets the Helm call finish, stops at the step as {@code apply} does and says
 * where; the run writes no verdict (no report.json or report.html) and exits 130. A real signal to a child JVM.
 */
class RunInterruptTest {

    @Test
    void sigintDuringTheAirflowInstallExits130WithNoVerdict(@TempDir Path dir) throws Exception {
        Path charts = TestCharts.extract(dir.resolve("charts"));
        Path out = dir.resolve("report");
        Path log = dir.resolve("run.log");
        ProcessBuilder pb = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"),
                "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run", "--out", out.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("AIRFLOW_AKS_ESO_CHART", TestCharts.eso(charts).toString());
        pb.environment().put("AIRFLOW_AKS_AIRFLOW_CHART", TestCharts.airflow(charts).toString());
        Process p = pb.start();
        try {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
            while (!Files.readString(log).contains("▶ Airflow (Helm)")) {
                assertTrue(p.isAlive() && System.nanoTime() < end, Files.readString(log));
                Thread.sleep(20);
            }
            assertEquals(0, new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor());
            assertTrue(p.waitFor(180, TimeUnit.SECONDS), "run stops after SIGINT:\n" + Files.readString(log));
        } finally {
            p.destroyForcibly();
        }
        String text = Files.readString(log);
        assertEquals(130, p.exitValue(), text);
        // the suite's own apply stops as apply does (not counted as a failure), after letting the Helm call finish
        assertTrue(text.contains("SIGINT during helm install airflow: finishing the Helm call in progress"), text);
        assertTrue(text.contains("Interrupted (SIGINT) at step 10 (Airflow (Helm)); nothing was undone. The run "
                + "stops without a verdict"), text);
        assertFalse(text.contains("Kept what this run did"), "an interrupt is not a failed apply:\n" + text);
        assertTrue(text.contains("Interrupted by SIGINT during the suite's apply, at step 10 (Airflow (Helm)); the "
                + "run stopped and no verdict was written."), text);
        assertFalse(text.contains("Conformant"), text);
        for (String file : List.of("report.json", "report.html")) {
            assertFalse(Files.exists(out.resolve(file)), file + " written after an interrupt");
        }
    }
}
