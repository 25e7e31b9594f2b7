package dev.airflowaks.deployer.fakes;

import com.sun.net.httpserver.HttpServer;
import dev.airflowaks.deployer.registry.PublicRegistry;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;

/**
 * A public registry on loopback HTTP that serves exactly {@code served} (fully qualified references) through the
 * anonymous bearer challenge, and records every request line; {@link #offline()} is a registry nobody can reach.
 */
public final class FakeRegistry implements AutoCloseable {

    private final HttpServer server;
    public final List<String> requests = Collections.synchronizedList(new ArrayList<>());

    public FakeRegistry(Set<String> served) {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", x -> {
            String path = x.getRequestURI().getPath();
            requests.add(x.getRequestMethod() + " " + path);
            String host = path.split("/")[1];
            if (path.endsWith("/token")) {
                byte[] body = "{\"token\":\"t-ok\"}".getBytes(StandardCharsets.UTF_8);
                x.sendResponseHeaders(200, body.length);
                x.getResponseBody().write(body);
            } else if (!"Bearer t-ok".equals(x.getRequestHeaders().getFirst("Authorization"))) {
                x.getResponseHeaders().add("WWW-Authenticate", "Bearer realm=\"" + base() + host
                        + "/token\",service=\"" + host + "\",scope=\"repository:x:pull\"");
                x.sendResponseHeaders(401, -1);
            } else {
                String rest = path.substring(host.length() + 2).replaceFirst("^v2/", "");
                String repository = rest.substring(0, rest.indexOf("/manifests/"));
                String tag = rest.substring(rest.indexOf("/manifests/") + "/manifests/".length());
                x.sendResponseHeaders(served.contains(host + "/" + repository + ":" + tag) ? 200 : 404, -1);
            }
            x.close();
        });
        server.start();
    }

    public String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/";
    }

    /** The client as the deployer builds it, with every registry host under this server. */
    public PublicRegistry client() {
        return new PublicRegistry(HttpClient.newHttpClient(), host -> base() + host + "/", Duration.ofSeconds(5));
    }

    /** A client whose every registry refuses the connection (a closed loopback port). */
    public static PublicRegistry offline() {
        return new PublicRegistry(HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build(),
                host -> "http://127.0.0.1:1/" + host + "/", Duration.ofSeconds(2));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
