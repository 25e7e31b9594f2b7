package dev.airflowaks.conformance.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small file helper for evidence written without a cluster (a run that could not open). */
final class EvidenceFiles {

    private EvidenceFiles() {
    }

    static void writeText(Path file, String text) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write evidence " + file, e);
        }
    }
}
