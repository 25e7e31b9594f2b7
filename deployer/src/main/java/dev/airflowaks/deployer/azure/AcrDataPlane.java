package dev.airflowaks.deployer.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.credential.TokenRequestContext;
import com.azure.core.http.HttpClient;
import com.azure.core.http.HttpMethod;
import com.azure.core.http.HttpRequest;
import com.azure.core.http.HttpResponse;
import com.azure.core.util.Context;
import com.azure.json.JsonProviders;
import com.azure.json.JsonReader;
import dev.airflowaks.deployer.registry.ManifestRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The one ACR data-plane question the deployer asks: does {@code repository:tag} exist? No maintained Java client
 * for the ACR data plane resolves here, so this is the documented protocol over the SDK's own HTTP client (same
 * trust, same proxy): the Entra token is exchanged for an ACR refresh token ({@code POST /oauth2/exchange}), that
 * for a pull-scoped access token ({@code POST /oauth2/token}), then {@code HEAD /v2/<repo>/manifests/<tag>} answers
 * 200 or 404 (fact {@code acr.manifest-unknown}).
 */
public final class AcrDataPlane {

    private final String base;
    private final String loginServer;
    private final TokenCredential credential;
    private final String tenantId;
    private final HttpClient http;

    /**
     * The data plane of the registry {@code loginServer}: at {@code endpoint} when one is set
     * ({@code AIRFLOW_AKS_ACR_ENDPOINT}, the twin, which serves every registry of its world under one base URL),
     * else at {@code https://<loginServer>/}.
     */
    public static AcrDataPlane of(java.util.Optional<String> endpoint, String loginServer, TokenCredential credential,
                                  String tenantId, HttpClient http) {
        return new AcrDataPlane(endpoint.orElse("https://" + loginServer + "/"), loginServer, credential, tenantId,
                http);
    }

    private AcrDataPlane(String base, String loginServer, TokenCredential credential, String tenantId, HttpClient http) {
        this.base = base.endsWith("/") ? base : base + "/";
        this.loginServer = loginServer;
        this.credential = credential;
        this.tenantId = tenantId;
        this.http = http;
    }

    /** Whether the registry holds {@code repository:tag}; any answer other than 200 or 404 is thrown, named. */
    public boolean manifestExists(String repository, String tag) {
        return missing(List.of(repository + ":" + tag)).isEmpty();
    }

    /**
     * The {@code repository:tag} references the registry lacks, in the given order. One token exchange for all of
     * them and one pull token per repository (the airflow images share one), then a {@code HEAD} each.
     */
    public List<String> missing(List<String> references) {
        String aad = credential.getTokenSync(new TokenRequestContext()
                .addScopes("https://management.azure.com/.default")).getToken();
        Map<String, String> exchange = new LinkedHashMap<>();
        exchange.put("grant_type", "access_token");
        exchange.put("service", loginServer);
        if (tenantId != null) {
            exchange.put("tenant", tenantId);
        }
        exchange.put("access_token", aad);
        String refresh = field(post("oauth2/exchange", exchange), "refresh_token");
        Map<String, String> pullTokens = new HashMap<>();
        List<String> out = new ArrayList<>();
        for (String reference : references) {
            int colon = reference.lastIndexOf(':');
            String repository = reference.substring(0, colon);
            String access = pullTokens.computeIfAbsent(repository, r -> pullToken(refresh, r));
            if (!exists(access, repository, reference.substring(colon + 1))) {
                out.add(reference);
            }
        }
        return out;
    }

    private String pullToken(String refresh, String repository) {
        Map<String, String> token = new LinkedHashMap<>();
        token.put("grant_type", "refresh_token");
        token.put("service", loginServer);
        token.put("scope", "repository:" + repository + ":pull");
        token.put("refresh_token", refresh);
        return field(post("oauth2/token", token), "access_token");
    }

    private boolean exists(String access, String repository, String tag) {
        ManifestRequest m = new ManifestRequest(base, repository, tag);
        HttpRequest head = new HttpRequest(HttpMethod.HEAD, m.url())
                .setHeader("Authorization", "Bearer " + access).setHeader("Accept", ManifestRequest.ACCEPT);
        try (HttpResponse r = http.sendSync(head, Context.NONE)) {
            if (r.getStatusCode() == 200) {
                return true;
            }
            if (r.getStatusCode() == 404) {
                return false;
            }
            throw new IllegalStateException("ACR " + loginServer + " answered HEAD /v2/" + repository + "/manifests/"
                    + tag + " with HTTP " + r.getStatusCode());
        }
    }

    private String post(String path, Map<String, String> form) {
        String body = form.entrySet().stream().map(e -> e.getKey() + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest request = new HttpRequest(HttpMethod.POST, base + path)
                .setHeader("Content-Type", "application/x-www-form-urlencoded").setBody(body);
        try (HttpResponse r = http.sendSync(request, Context.NONE)) {
            String text = r.getBodyAsBinaryData().toString();
            if (r.getStatusCode() != 200) {
                throw new IllegalStateException("ACR " + loginServer + " refused POST /" + path + " (HTTP "
                        + r.getStatusCode() + "): " + text);
            }
            return text;
        }
    }

    private String field(String json, String name) {
        try (JsonReader reader = JsonProviders.createReader(json)) {
            Object value = reader.readMap(JsonReader::readUntyped).get(name);
            if (value == null) {
                throw new IllegalStateException("ACR " + loginServer + " answered without '" + name + "'");
            }
            return value.toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
