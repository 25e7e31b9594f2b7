package dev.airflowaks.deployer.testing;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMixedDispatcher;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import io.fabric8.mockwebserver.Context;
import io.fabric8.mockwebserver.MockWebServer;
import io.fabric8.mockwebserver.ServerRequest;
import io.fabric8.mockwebserver.ServerResponse;
import io.fabric8.mockwebserver.dsl.HttpMethod;
import io.fabric8.mockwebserver.http.Buffer;
import io.fabric8.mockwebserver.http.Headers;
import io.fabric8.mockwebserver.http.MockResponse;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;

/**
 * fabric8's CRUD mock server plus a stand-in for server-side apply, which the mock lacks (404 when absent, 415 when
 * present). An apply request becomes a create when the object is absent, else an update of the live object with the
 * applied fields merged over it (maps key by key, everything else replaced) — enough for the deployer's "write only
 * what differs" logic, not a model of field ownership. Records every write request ({@code METHOD path}).
 */
public final class ApplyingMockServer implements AutoCloseable {

    private final KubernetesMockServer server;
    private final KubernetesClient client;
    private final List<String> writes = Collections.synchronizedList(new ArrayList<>());

    static {
        // One INFO line per request drowns the test output.
        java.util.logging.Logger.getLogger("io.fabric8.mockwebserver.MockWebServer").setLevel(java.util.logging.Level.WARNING);
    }

    public ApplyingMockServer() {
        Map<ServerRequest, Queue<ServerResponse>> responses = new HashMap<>();
        server = new KubernetesMockServer(new Context(), new MockWebServer(), responses,
                new Dispatcher(responses), false);
        try {
            server.init(InetAddress.getByName("127.0.0.1"), 0);
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
        client = server.createClient();
    }

    public KubernetesClient client() {
        return client;
    }

    /** The server's base URL, for a kubeconfig. */
    public String url() {
        return server.url("/");
    }

    /** Every write so far: {@code POST /api/v1/namespaces}, {@code PATCH ...} (apply), {@code DELETE ...}. */
    public List<String> writes() {
        synchronized (writes) {
            return List.copyOf(writes);
        }
    }

    @Override
    public void close() {
        client.close();
        server.destroy();
    }

    private final class Dispatcher extends KubernetesMixedDispatcher {

        private final KubernetesSerialization json = new KubernetesSerialization();

        Dispatcher(Map<ServerRequest, Queue<ServerResponse>> responses) {
            super(responses);
        }

        @Override
        public MockResponse dispatch(RecordedRequest request) {
            String method = request.getMethod();
            if (!"GET".equals(method)) {
                writes.add(method + " " + request.getPath());
            }
            String type = request.getHeader("Content-Type");
            if ("PATCH".equals(method) && type != null && type.startsWith("application/apply-patch")) {
                return apply(request);
            }
            return super.dispatch(request);
        }

        @SuppressWarnings("unchecked")
        private MockResponse apply(RecordedRequest request) {
            String path = request.getPath().replaceFirst("\\?.*$", "");
            Map<String, Object> desired = json.unmarshal(new String(request.getBody().getBytes(),
                    StandardCharsets.UTF_8), Map.class);
            MockResponse live = super.dispatch(request(HttpMethod.GET, path, null));
            if (live.code() == 404) {
                return super.dispatch(request(HttpMethod.POST, path.substring(0, path.lastIndexOf('/')),
                        json.asJson(desired)));
            }
            Map<String, Object> current = json.unmarshal(new String(live.getBody().getBytes(),
                    StandardCharsets.UTF_8), Map.class);
            return super.dispatch(request(HttpMethod.PUT, path, json.asJson(merge(current, desired))));
        }

        private RecordedRequest request(HttpMethod method, String path, String body) {
            Buffer buffer = new Buffer();
            if (body != null) {
                buffer.writeUtf8(body);
            }
            return new RecordedRequest("HTTP/1.1", method, path,
                    Headers.builder().add("Content-Type", "application/json").build(), buffer);
        }

        @SuppressWarnings("unchecked")
        private Map<String, Object> merge(Map<String, Object> live, Map<String, Object> applied) {
            Map<String, Object> out = new LinkedHashMap<>(live);
            applied.forEach((k, v) -> {
                Object l = out.get(k);
                out.put(k, l instanceof Map && v instanceof Map
                        ? merge((Map<String, Object>) l, (Map<String, Object>) v) : v);
            });
            return out;
        }
    }
}
