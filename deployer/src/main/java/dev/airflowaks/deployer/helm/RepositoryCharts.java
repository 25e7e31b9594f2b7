package dev.airflowaks.deployer.helm;

import dev.airflowaks.deployer.config.ChartSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Fetches a chart by its pinned version from an HTTP(S) Helm repository ({@code <url>/index.yaml}, then the
 * package it lists, digest checked) into a private directory, so Helm installs a local {@code .tgz}. Doing it here
 * rather than through {@code helm repo add} keeps the user's {@code ~/.config/helm} and {@code ~/.cache/helm}
 * untouched (helm-java 0.0.21 has no option for the repository cache) and gives a message naming the repository
 * and the version when the version is not there.
 */
public final class RepositoryCharts {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);
    /**
     * A repository's index lists every version it ever published; large public ones pass SnakeYAML's 3 MB default,
     * so the limit is raised for this one trusted-format document (not for values files).
     */
    static final int INDEX_CODE_POINT_LIMIT = 64 * 1024 * 1024;
    private static final LoadSettings INDEX = LoadSettings.builder().setCodePointLimit(INDEX_CODE_POINT_LIMIT).build();

    private final Path cacheDir;
    private final HttpClient http;

    public RepositoryCharts(Path cacheDir) {
        this.cacheDir = cacheDir;
        this.http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL)
                .connectTimeout(Duration.ofSeconds(30)).build();
    }

    /** The packaged chart {@code source.chart()} at {@code source.version()}, downloaded once per directory. */
    public Path fetch(ChartSource source) {
        String base = source.location().replaceAll("/+$", "");
        URI indexUri = URI.create(base + "/index.yaml");
        Map<String, Object> index = parseIndex(new String(get(indexUri, source), StandardCharsets.UTF_8), indexUri);
        Map<String, Object> entry = entry(index, source, base);
        List<?> urls = (List<?>) entry.get("urls");
        if (urls == null || urls.isEmpty()) {
            throw new IllegalStateException("chart repository " + base + " lists " + source.chart() + " "
                    + source.version() + " without a download URL");
        }
        URI chartUri = URI.create(base + "/").resolve(String.valueOf(urls.get(0)));
        String digest = entry.get("digest") == null ? null : String.valueOf(entry.get("digest"));
        try {
            Files.createDirectories(cacheDir);
            Path target = cacheDir.resolve(source.chart() + "-" + version(source) + ".tgz");
            if (Files.exists(target) && (digest == null || digest.equalsIgnoreCase(sha256(Files.readAllBytes(target))))) {
                return target;
            }
            byte[] tgz = get(chartUri, source);
            if (digest != null && !digest.equalsIgnoreCase(sha256(tgz))) {
                throw new IllegalStateException("chart " + chartUri + " does not match the digest in " + indexUri
                        + " (" + digest + "): refusing to install it");
            }
            Path tmp = Files.createTempFile(cacheDir, source.chart(), ".part");
            Files.write(tmp, tgz);
            return Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store chart " + chartUri + " under " + cacheDir, e);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> parseIndex(String yaml, URI from) {
        Object parsed = new Load(INDEX).loadFromString(yaml);
        if (!(parsed instanceof Map<?, ?>)) {
            throw new IllegalStateException(from + " is not a Helm repository index (no YAML map)");
        }
        return (Map<String, Object>) parsed;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> entry(Map<String, Object> index, ChartSource source, String base) {
        Object entries = index.get("entries");
        List<Map<String, Object>> versions = entries instanceof Map<?, ?> m
                ? (List<Map<String, Object>>) m.get(source.chart()) : null;
        if (versions == null || versions.isEmpty()) {
            throw new IllegalStateException("chart repository " + base + " has no chart '" + source.chart()
                    + "' (AIRFLOW_AKS_*_CHART points at the wrong repository?)");
        }
        String wanted = version(source);
        return versions.stream().filter(v -> wanted.equals(String.valueOf(v.get("version")).replaceFirst("^v", "")))
                .findFirst().orElseThrow(() -> new IllegalStateException("chart repository " + base + " has no "
                        + source.chart() + " version " + source.version() + "; it has: " + String.join(", ",
                        versions.stream().map(v -> String.valueOf(v.get("version"))).limit(10).toList())
                        + (versions.size() > 10 ? ", ..." : "") + ". Fix the pinned version "
                        + "(AIRFLOW_AKS_*_CHART_VERSION)."));
    }

    private byte[] get(URI uri, ChartSource source) {
        try {
            HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(uri).timeout(TIMEOUT).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() != 200) {
                throw new IllegalStateException("cannot fetch " + uri + " for " + source.chart() + " "
                        + source.version() + ": HTTP " + r.statusCode());
            }
            return r.body();
        } catch (IOException e) {
            throw new IllegalStateException("cannot reach chart repository " + uri + " for " + source.chart() + " "
                    + source.version() + ": " + Objects.toString(e.getMessage(), e.getClass().getSimpleName()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted fetching " + uri, e);
        }
    }

    private static String version(ChartSource source) {
        return source.version().replaceFirst("^v", "").toLowerCase(Locale.ROOT);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
