package dev.airflowaks.conformance.context;

import dev.airflowaks.conformance.webui.WebserverAccess;
import dev.airflowaks.conformance.webui.FallbackWebserver;
import dev.airflowaks.conformance.webui.WebserverUnreachable;

import com.sun.net.httpserver.HttpServer;
import dev.airflowaks.targets.ui.FallbackUiAccess;
import dev.airflowaks.targets.ui.UiAccess;
import dev.airflowaks.targets.ui.UiEndpoint;
import dev.airflowaks.targets.ui.UiProbe;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The k3s way to the UI (port-forward, then NodePort) as the suite's webserver access. */
class FallbackWebserverTest {

    private HttpServer server;
    private final AtomicInteger released = new AtomicInteger();

    @BeforeEach
    void serve() throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/health", exchange -> {
            byte[] body = "{\"scheduler\":{\"status\":\"healthy\"}}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    private UiAccess way(String name, URI base) {
        return new UiAccess() {
            public UiEndpoint open() {
                if (base == null) {
                    throw new IllegalStateException("no running pod behind svc/airflow-webserver");
                }
                return new UiEndpoint(base, name, released::incrementAndGet);
            }

            public String describe() {
                return name;
            }
        };
    }

    @Test
    void fallsBackToTheNodePortWhenThePortForwardFails() {
        URI nodePort = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/");
        FallbackWebserver web = new FallbackWebserver(new FallbackUiAccess(List.of(way("port-forward", null),
                way("NodePort 30080", nodePort)), UiProbe.http(Duration.ofSeconds(2))), Duration.ofSeconds(2));
        try (WebserverAccess.Session session = web.open()) {
            WebserverAccess.HttpAnswer answer = session.get("/health");
            assertEquals(200, answer.status());
            assertTrue(answer.body().contains("healthy"));
        }
        assertEquals(1, released.get(), "the endpoint is released when the session closes");
    }

    @Test
    void noWayAnsweringIsUnreachableNamingEveryAttempt() {
        FallbackWebserver web = new FallbackWebserver(new FallbackUiAccess(List.of(way("port-forward", null),
                way("NodePort 30080", null)), UiProbe.http(Duration.ofSeconds(1))), Duration.ofSeconds(1));
        WebserverUnreachable e = assertThrows(WebserverUnreachable.class, web::open);
        assertTrue(e.getMessage().contains("port-forward") && e.getMessage().contains("NodePort 30080"),
                e.getMessage());
    }
}
