package dev.airflowaks.deployer.registry;

import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import dev.airflowaks.guide.world.WorldFact;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * Asks a public registry whether it serves an image, the way a runtime resolves a reference before pulling it (fact
 * {@code registry.distribution-api}): {@code HEAD /v2/<repository>/manifests/<tag>}; on 401 the anonymous bearer
 * challenge ({@code WWW-Authenticate: Bearer realm, service, scope}), a token from the realm, and the question
 * again. No maintained Java client for this resolves here without an internal API (jib-core's registry client is
 * not part of its public API), so it is the documented protocol over the JDK's client.
 *
 * <p>Each registry host is asked through {@code endpoint(host)}: Docker Hub's API host on the internet, or the
 * twin's registries ({@code AIRFLOW_AKS_REGISTRY_ENDPOINT}). A host that cannot be reached once is not asked again
 * in this run, so an offline machine costs one failed connection per host, not one per image.
 */
public final class PublicRegistry {

    private static final Pattern PARAM = Pattern.compile("(\\w+)=\"([^\"]*)\"");

    private final HttpClient http;
    private final Function<String, String> endpoint;
    private final Duration timeout;
    private final Map<String, String> unreachable = new ConcurrentHashMap<>();

    public PublicRegistry(HttpClient http, Function<String, String> endpoint, Duration timeout) {
        this.http = http;
        this.endpoint = endpoint;
        this.timeout = timeout;
    }

    /**
     * The registries as a runtime reaches them: each host at {@code https://<host>/}, Docker Hub at its API host
     * (fact {@code registry.distribution-api}), or every host under {@code override} ({@code <override><host>/},
     * the twin). {@code tls} replaces the JDK's default trust when given (the twin's CA added to it).
     */
    public static PublicRegistry forEndpoints(Optional<String> override, Optional<SSLContext> tls, WorldFact api) {
        HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
                .followRedirects(HttpClient.Redirect.NORMAL);
        tls.ifPresent(b::sslContext);
        String hub = api.text("dockerHubHost");
        String hubApi = api.text("dockerHubApi");
        Function<String, String> endpoint = override.<Function<String, String>>map(o -> host ->
                        (o.endsWith("/") ? o : o + "/") + host + "/")
                .orElse(host -> "https://" + (host.equals(hub) ? hubApi : host) + "/");
        return new PublicRegistry(b.build(), endpoint, Duration.ofSeconds(10));
    }

    /** {@code ref} fully qualified ({@code docker.io/apache/airflow:2.9.3}), as {@code ImageNames} normalises it. */
    public RegistryAnswer ask(String ref) {
        String host = ref.substring(0, ref.indexOf('/'));
        String rest = ref.substring(host.length() + 1);
        int at = rest.indexOf('@');
        int colon = rest.lastIndexOf(':');
        String repository = at >= 0 ? rest.substring(0, at) : rest.substring(0, colon);
        String tag = at >= 0 ? rest.substring(at + 1) : rest.substring(colon + 1);
        ManifestRequest m = new ManifestRequest(endpoint.apply(host), repository, tag);
        String known = unreachable.get(host);
        if (known != null) {
            return new RegistryAnswer.Unreachable(m.describe(), known);
        }
        try {
            HttpResponse<Void> first = head(m, Optional.empty());
            if (first.statusCode() == 401) {
                Optional<String> token = token(first.headers().firstValue("WWW-Authenticate").orElse(""));
                if (token.isEmpty()) {
                    return new RegistryAnswer.Unreachable(m.describe(), "HTTP 401 without a bearer challenge");
                }
                first = head(m, token);
            }
            return switch (first.statusCode()) {
                case 200 -> new RegistryAnswer.Serves(m.describe());
                case 404 -> new RegistryAnswer.NotFound(m.describe(), 404);
                default -> new RegistryAnswer.Unreachable(m.describe(), "HTTP " + first.statusCode());
            };
        } catch (IOException e) {
            String reason = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            unreachable.put(host, reason);
            return new RegistryAnswer.Unreachable(m.describe(), reason);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new RegistryAnswer.Unreachable(m.describe(), "interrupted");
        }
    }

    private HttpResponse<Void> head(ManifestRequest m, Optional<String> token) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(m.url())).timeout(timeout)
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).header("Accept", ManifestRequest.ACCEPT);
        token.ifPresent(t -> b.header("Authorization", "Bearer " + t));
        return http.send(b.build(), HttpResponse.BodyHandlers.discarding());
    }

    private Optional<String> token(String challenge) throws IOException, InterruptedException {
        if (!challenge.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        Map<String, String> p = new java.util.LinkedHashMap<>();
        Matcher matcher = PARAM.matcher(challenge);
        while (matcher.find()) {
            p.put(matcher.group(1), matcher.group(2));
        }
        if (p.get("realm") == null) {
            return Optional.empty();
        }
        StringBuilder url = new StringBuilder(p.get("realm"));
        String sep = url.indexOf("?") >= 0 ? "&" : "?";
        for (String key : new String[] {"service", "scope"}) {
            if (p.get(key) != null) {
                url.append(sep).append(key).append('=').append(URLEncoder.encode(p.get(key), StandardCharsets.UTF_8));
                sep = "&";
            }
        }
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(url.toString())).timeout(timeout).GET()
                .build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            return Optional.empty();
        }
        try (JsonReader reader = JsonProviders.createReader(r.body())) {
            Map<String, Object> body = reader.readMap(JsonReader::readUntyped);
            Object token = body.get("token") != null ? body.get("token") : body.get("access_token");
            return Optional.ofNullable(token).map(Object::toString);
        }
    }
}
