package dev.airflowaks.conformance.targeting;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** A private temporary directory for one started target (kubeconfig, charts, generated values), deleted on close. */
final class TempWorkDir implements AutoCloseable {

    private final Path path;

    private TempWorkDir(Path path) {
        this.path = path;
    }

    static TempWorkDir create(String prefix) {
        try {
            return new TempWorkDir(Files.createTempDirectory(prefix));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a work directory for the target", e);
        }
    }

    Path path() {
        return path;
    }

    @Override
    public void close() {
        try (Stream<Path> files = Files.walk(path)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a leftover temp dir is harmless
        }
    }
}
