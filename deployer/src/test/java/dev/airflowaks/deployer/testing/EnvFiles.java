package dev.airflowaks.deployer.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the twin's {@code export NAME='value'} env file into a map, as {@code set -a; . FILE} would. */
public final class EnvFiles {

    private EnvFiles() {
    }

    public static Map<String, String> read(Path file) {
        try {
            Map<String, String> out = new LinkedHashMap<>();
            for (String line : Files.readAllLines(file)) {
                if (!line.startsWith("export ")) {
                    continue;
                }
                String kv = line.substring("export ".length());
                int eq = kv.indexOf('=');
                String v = kv.substring(eq + 1);
                if (v.startsWith("'") && v.endsWith("'")) {
                    v = v.substring(1, v.length() - 1).replace("'\"'\"'", "'");
                }
                out.put(kv.substring(0, eq), v);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
