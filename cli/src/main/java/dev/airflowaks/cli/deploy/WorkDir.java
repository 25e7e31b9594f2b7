package dev.airflowaks.cli.deploy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The private folder of one deploy command (generated values, Helm repository config, downloaded charts). Without
 * {@code --work-dir} it is a temporary {@code airflow-aks-*} folder, removed when the command ends; a folder the
 * user named is kept. {@code run --infra} keeps its twin's files in one too.
 */
public final class WorkDir implements AutoCloseable {

    private final Path path;
    private final boolean temporary;

    private WorkDir(Path path, boolean temporary) {
        this.path = path;
        this.temporary = temporary;
    }

    public static WorkDir of(Path given) {
        try {
            return given != null ? new WorkDir(Files.createDirectories(given), false)
                    : new WorkDir(Files.createTempDirectory("airflow-aks-"), true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() {
        if (!temporary) {
            return;
        }
        try (Stream<Path> files = Files.walk(path)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | UncheckedIOException e) {
            // An abandoned Helm call (after an interrupt) may still write here; the OS cleans temp folders.
            System.err.println("Could not remove the temporary folder " + path + ": " + e.getMessage());
        }
    }
}
