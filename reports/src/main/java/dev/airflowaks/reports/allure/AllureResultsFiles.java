package dev.airflowaks.reports.allure;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the two files Allure reads from a results directory besides the test results themselves:
 * {@code categories.json} (failure patterns mapped to guide steps) and {@code environment.properties} (the run's
 * target and versions, shown on the report's overview). Values of keys that look secret are masked.
 */
public final class AllureResultsFiles {

    /** The system property allure-jupiter writes results to (set by the root pom's Surefire configuration). */
    public static final String RESULTS_DIRECTORY_PROPERTY = "allure.results.directory";

    private static final Pattern SECRET_KEY =
            Pattern.compile(".*(SECRET|PASSWORD|TOKEN|KEY(?!VAULT)|CREDENTIAL).*", Pattern.CASE_INSENSITIVE);

    private final JsonMapper json = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT)
            .changeDefaultPropertyInclusion(v -> v.withValueInclusion(JsonInclude.Include.NON_NULL)).build();

    /** Writes {@code categories.json} with {@link GuideCategories#all()} into {@code resultsDir}. */
    public Path writeCategories(Path resultsDir) {
        return writeCategories(resultsDir, GuideCategories.all());
    }

    /** Writes {@code categories.json} with the given categories into {@code resultsDir}. */
    public Path writeCategories(Path resultsDir, List<AllureCategory> categories) {
        return write(resultsDir.resolve("categories.json"), json.writeValueAsString(categories));
    }

    /**
     * Writes {@code environment.properties}: keys sorted, escaped as {@link java.util.Properties} expects, and
     * values of secret-looking keys (password, token, client secret, account key) replaced by {@code ****}.
     */
    public Path writeEnvironment(Path resultsDir, Map<String, String> facts) {
        StringBuilder sb = new StringBuilder();
        new TreeMap<>(facts).forEach((k, v) -> sb.append(escape(k, true)).append('=')
                .append(escape(isSecretKey(k) ? "****" : (v == null ? "" : v), false)).append('\n'));
        return write(resultsDir.resolve("environment.properties"), sb.toString());
    }

    /** Whether a key's value must never be published (the Key Vault URL and name are fine). */
    static boolean isSecretKey(String key) {
        return SECRET_KEY.matcher(key.toUpperCase(Locale.ROOT)).matches();
    }

    private static String escape(String s, boolean key) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '=', ':', '#', '!' -> sb.append('\\').append(c);
                case ' ' -> sb.append(key || i == 0 ? "\\ " : " ");
                default -> {
                    if (c > 0x7e || c < 0x20) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.toString();
    }

    private static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, content, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write Allure file " + file, e);
        }
    }
}
