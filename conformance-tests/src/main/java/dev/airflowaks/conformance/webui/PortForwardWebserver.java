package dev.airflowaks.conformance.webui;

import dev.airflowaks.targets.ui.StandIn;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.ServicePort;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.LocalPortForward;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * The guide's path to the UI: {@code kubectl port-forward svc/airflow-webserver 8080:8080}. Like kubectl, it picks a
 * running pod behind the Service and forwards to the Service port's target port, through fabric8.
 */
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
        Pod pod = backingPod();
        int target = targetPort(pod);
        LocalPortForward forward = client.pods().inNamespace(namespace).withName(pod.getMetadata().getName())
                .portForward(target);
        return new HttpSession(URI.create("http://127.0.0.1:" + forward.getLocalPort()), requestTimeout, () -> {
            try {
                forward.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** A ready pod behind the Service, as {@code kubectl port-forward svc/...} picks one. */
    private Pod backingPod() {
        Service svc = client.services().inNamespace(namespace).withName(service).get();
        if (svc == null || svc.getSpec() == null || svc.getSpec().getSelector() == null) {
            throw new WebserverUnreachable("Service " + namespace + "/" + service + " is missing or has no selector");
        }
        return client.pods().inNamespace(namespace).withLabels(svc.getSpec().getSelector()).list().getItems().stream()
                .filter(p -> p.getStatus() != null && "Running".equals(p.getStatus().getPhase())).findFirst()
                .orElseThrow(() -> new WebserverUnreachable("no running pod behind svc/" + service + " in "
                        + namespace + " to port-forward to"));
    }

    /** The Service port's targetPort (a number, a container port name, or unset meaning the port itself). */
    private int targetPort(Pod pod) {
        Service svc = client.services().inNamespace(namespace).withName(service).get();
        ServicePort sp = svc.getSpec().getPorts().stream().filter(p -> p.getPort() != null && p.getPort() == port)
                .findFirst().orElseThrow(() -> new WebserverUnreachable("svc/" + service + " has no port " + port
                        + " (the guide's port-forward " + port + ":" + port + " → container port airflow-ui); it "
                        + "serves " + svc.getSpec().getPorts().stream().map(p -> p.getPort() + (p.getName() == null
                        ? "" : " (" + p.getName() + ")")).toList()));
        IntOrString t = sp.getTargetPort();
        if (t == null || (t.getIntVal() == null && t.getStrVal() == null)) {
            return port;
        }
        if (t.getIntVal() != null) {
            return t.getIntVal();
        }
        return pod.getSpec().getContainers().stream().flatMap(c -> c.getPorts() == null ? java.util.stream.Stream.empty()
                        : c.getPorts().stream()).filter(p -> t.getStrVal().equals(p.getName()))
                .map(ContainerPort::getContainerPort).findFirst()
                .orElseThrow(() -> new WebserverUnreachable("svc/" + service + " port " + port + " targets container "
                        + "port '" + t.getStrVal() + "', which pod " + pod.getMetadata().getName() + " does not have"));
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
                return new HttpAnswer(response.statusCode(), response.body(),
                        response.headers().firstValue(StandIn.HEADER).map(v -> StandIn.HEADER + ": " + v));
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
