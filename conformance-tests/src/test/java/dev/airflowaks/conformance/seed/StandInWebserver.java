package dev.airflowaks.conformance.seed;

import com.sun.net.httpserver.HttpServer;
import dev.airflowaks.conformance.webui.PortForwardWebserver;
import dev.airflowaks.conformance.webui.WebserverAccess;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A local HTTP server answering /health and /login/ like Airflow 2.9, bound to 127.0.0.1 on an ephemeral port. */
public final class StandInWebserver implements WebserverAccess, AutoCloseable {

    public volatile String schedulerStatus = "healthy";
    public volatile String metadatabaseStatus = "healthy";
    public volatile int loginStatus = 200;
    /** Whether it marks its answers as the twin's stand-in does ({@code X-Airflow-Aks-Twin: stand-in}). */
    public volatile boolean marked = true;
    private final HttpServer server;

    public StandInWebserver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/health", x -> respond(x, marked, 200, "{\"metadatabase\":{\"status\":\""
                + metadatabaseStatus + "\"},"
                + "\"scheduler\":{\"status\":\"" + schedulerStatus + "\",\"latest_scheduler_heartbeat\":null},"
                + "\"triggerer\":{\"status\":\"healthy\",\"latest_triggerer_heartbeat\":null}}"));
        server.createContext("/login/", x -> respond(x, marked, loginStatus, "<html><title>Sign In - Airflow</title>"
                + "<button>Sign In</button></html>"));
        server.start();
    }

    private static void respond(com.sun.net.httpserver.HttpExchange x, boolean marked, int status, String body)
            throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (marked) {
            x.getResponseHeaders().add("X-Airflow-Aks-Twin", "stand-in");
        }
        x.sendResponseHeaders(status, bytes.length);
        x.getResponseBody().write(bytes);
        x.close();
    }

    @Override
    public Session open() {
        return new PortForwardWebserver.HttpSession(URI.create("http://127.0.0.1:" + server.getAddress().getPort()),
                Duration.ofSeconds(5), () -> { });
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
