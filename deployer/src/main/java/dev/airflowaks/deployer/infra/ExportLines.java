package dev.airflowaks.deployer.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes or updates the article's {@code export NAME='value'} lines in an env file ({@code --env-file}), keeping
 * the lines already there (the twin's connection settings) and replacing those with the same names, so that a
 * re-run and the user's shell ({@code set -a; . FILE}) use the same names. Values are single-quoted.
 */
public final class ExportLines {

    private ExportLines() {
    }

    public static void merge(Path file, Map<String, String> values) {
        Map<String, String> lines = new LinkedHashMap<>();
        try {
            if (Files.exists(file)) {
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    String name = line.startsWith("export ") && line.contains("=")
                            ? line.substring(7, line.indexOf('=')).trim() : null;
                    lines.put(name == null ? "#" + lines.size() : name, line);
                }
            }
            values.forEach((k, v) -> lines.put(k, "export " + k + "=" + quote(v)));
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, lines.values(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the env file " + file, e);
        }
    }

    static String quote(String value) {
        return "'" + value.replace("'", "'\"'\"'") + "'";
    }
}
