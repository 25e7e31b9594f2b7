package dev.airflowaks.conformance.launcher;

import dev.airflowaks.reports.model.Evidence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * Turns an evidence directory written by the collector into report attachments. The files are already redacted and
 * scrubbed; each is capped so one chatty log cannot bloat the single-file HTML report.
 */
final class EvidenceLoader {

    static final int MAX_CHARS = 64 * 1024;

    private EvidenceLoader() {
    }

    static List<Evidence> load(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).sorted().map(f -> toEvidence(dir, f)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read evidence in " + dir, e);
        }
    }

    private static Evidence toEvidence(Path dir, Path file) {
        String name = dir.relativize(file).toString();
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            text = "(unreadable: " + e.getMessage() + ")";
        }
        if (text.length() > MAX_CHARS) {
            text = text.substring(text.length() - MAX_CHARS) + "\n(truncated to the last " + MAX_CHARS
                    + " characters; full file: " + file.toAbsolutePath() + ")";
        }
        return name.endsWith(".yaml") ? Evidence.yaml(name, text) : Evidence.text(name, text);
    }
}
