package dev.airflowaks.conformance.evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small file helpers for evidence: plain writes, and attaching what was written to the running Allure test. */
final class EvidenceFiles {

    private EvidenceFiles() {
    }

    /** Attaches each (already redacted) evidence file to the current Allure test result, when Allure is active. */
    static void attachToAllure(Path dir, java.util.List<Path> files) {
        for (Path f : files) {
            String name = dir.relativize(f).toString();
            try (java.io.InputStream in = Files.newInputStream(f)) {
                io.qameta.allure.Allure.addAttachment(name, name.endsWith(".yaml") ? "application/yaml" : "text/plain",
                        in, name.endsWith(".yaml") ? ".yaml" : ".txt");
            } catch (IOException | RuntimeException e) {
                return;
            }
        }
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
