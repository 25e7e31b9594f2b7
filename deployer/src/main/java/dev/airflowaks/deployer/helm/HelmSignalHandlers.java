package dev.airflowaks.deployer.helm;

import com.marcnuri.helm.Helm;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Makes Helm's native library install its SIGINT/SIGTERM handler now, at a moment the caller chooses. helm-java's
 * install calls {@code signal.Notify} for both signals on every call (world fact {@code helm.pending-after-interrupt}),
 * and the Go runtime then takes them from the JVM, once per process. Left to the first real install, that happens
 * while the release is being made: a Ctrl-C in the next moments reaches Go, which cancels the call half-way (the
 * release ends {@code failed}, the command never hears the signal). A client-only dry run of an empty chart makes Go
 * install its handler with nothing at stake, so the caller can take the signals back right after, for good.
 */
public final class HelmSignalHandlers {

    private HelmSignalHandlers() {
    }

    /**
     * A client-only dry-run install of an empty chart written under {@code workDir}: no cluster is contacted.
     *
     * @throws UncheckedIOException when the chart cannot be written
     */
    public static void installNow(Path workDir) {
        try {
            Path chart = Files.createDirectories(workDir.resolve("signal-handlers-chart"));
            Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: signal-handlers\nversion: 0.1.0\n");
            new Helm(chart).install().withName("signal-handlers").withNamespace("default").clientOnly().dryRun()
                    .call();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
