package dev.airflowaks.conformance.context;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.LocalPortForward;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/** The guide's path to the UI: {@code kubectl port-forward svc/airflow-webserver 8080:8080}, done by fabric8. */
public final class PortForwardWebserver implements WebserverAccess {

    private final KubernetesClient client;
    private final String namespace;
    private final String service;
    private final int port;
    private final Duration requestTimeout;

    public PortForwardWebserver(KubernetesClient client, String namespace, String service, int port,
                                Duration requestTimeout) {
        this.client = client;
        this.namespace = namespace;
        this.service = service;
        this.port = port;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public Session open() {
        LocalPortForward forward = client.services().inNamespace(namespace).withName(service).portForward(port);
        return new HttpSession(URI.create("http://127.0.0.1:" + forward.getLocalPort()), requestTimeout, () -> {
            try {
                forward.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A plain HTTP session against a base URI; also used by tests that serve a stand-in locally. */
    public static final class HttpSession implements Session {
        private final URI base;
        private final Duration timeout;
        private final Runnable onClose;
        private final HttpClient http;

        public HttpSession(URI base, Duration timeout, Runnable onClose) {
            this.base = base;
            this.timeout = timeout;
            this.onClose = onClose;
            this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
        }

        @Override
        public HttpAnswer get(String path) {
            try {
                HttpResponse<String> response = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(timeout)
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                return new HttpAnswer(response.statusCode(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException("GET " + base.resolve(path) + " failed: " + e.getMessage(), e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted during GET " + path, e);
            }
        }

        @Override
        public String describe() {
            return base.toString();
        }

        @Override
        public void close() {
            onClose.run();
        }
    }
}
