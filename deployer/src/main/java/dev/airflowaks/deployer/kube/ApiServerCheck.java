package dev.airflowaks.deployer.kube;

import io.fabric8.kubernetes.api.model.NamedContext;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.RequestConfigBuilder;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * Reaches the API server once, before anything else talks to the cluster or to Azure, with a short connect budget
 * and no retries: fabric8's default backoff turned a closed port into 25 s of silence and then
 * {@code Operation: [get] … failed}. Each way it can fail becomes one sentence that names the kubeconfig file,
 * the URL or the user, and the fix ({@code az aks get-credentials}, which writes an AKS cluster's kubeconfig).
 */
public final class ApiServerCheck {

    /** How long the first connection may take before the cluster counts as unreachable. */
    public static final Duration CONNECT_BUDGET = Duration.ofSeconds(5);

    private final Path kubeconfig;
    private final String refresh;

    /** @param refresh the command that writes fresh credentials, e.g. {@code az aks get-credentials …} */
    public ApiServerCheck(Path kubeconfig, String refresh) {
        this.kubeconfig = kubeconfig;
        this.refresh = refresh;
    }

    /** Parses the kubeconfig file; throws naming the file and the fix. */
    public Config load() {
        if (!Files.isRegularFile(kubeconfig)) {
            throw new ClusterAccessException("kubeconfig " + kubeconfig + " does not exist: write it with `"
                    + refresh + " --file " + kubeconfig + "`, or point --kubeconfig (KUBECONFIG) at your file");
        }
        Config config;
        try {
            config = Config.fromKubeconfig(null, Files.readString(kubeconfig), kubeconfig.toString());
        } catch (IOException | RuntimeException e) {
            throw new ClusterAccessException("kubeconfig " + kubeconfig + " is not a valid kubeconfig ("
                    + firstLine(e) + "): fix the file, or write it again with `" + refresh + " --file "
                    + kubeconfig + "`");
        }
        if (config.getMasterUrl() == null || config.getCurrentContext() == null) {
            throw new ClusterAccessException("kubeconfig " + kubeconfig + " has no current context with a cluster "
                    + "server: set one with `kubectl config use-context NAME --kubeconfig " + kubeconfig
                    + "`, or write it again with `" + refresh + "`");
        }
        return config;
    }

    /**
     * Loads the file and sends one request ({@code GET /version}); any answer but 401/403 means the server is
     * reachable with these credentials. Throws a {@link ClusterAccessException}.
     */
    public void probe() {
        connect().close();
    }

    /**
     * The client the command then works with, built once: its first request ({@code GET /version}) goes through a
     * view of it without retries ({@link KubernetesClient#newClient}, same HTTP client and TLS context), so a closed
     * port fails at once instead of after fabric8's backoff, and the command does not build a second client (a
     * vert.x instance, a TLS context and the PKCS#12 round trip of the client key; the apply and verify profiles in
     * bench/BENCHMARKS.md). Throws a {@link ClusterAccessException}; the caller owns the client.
     */
    public KubernetesClient connect() {
        Config config = load();
        Config bounded = new ConfigBuilder(config).withConnectionTimeout((int) CONNECT_BUDGET.toMillis()).build();
        String url = config.getMasterUrl();
        KubernetesClient client = new KubernetesClientBuilder().withConfig(bounded).build();
        try {
            client.newClient(new RequestConfigBuilder(bounded.getRequestConfig())
                    .withRequestTimeout((int) CONNECT_BUDGET.toMillis() * 2).withRequestRetryBackoffLimit(0).build())
                    .adapt(KubernetesClient.class).getKubernetesVersion();
            return client;
        } catch (KubernetesClientException e) {
            if (e.getCode() > 0 && e.getCode() != 401 && e.getCode() != 403) {
                return client;
            }
            client.close();
            if (e.getCode() == 401 || e.getCode() == 403) {
                throw new ClusterAccessException("the cluster at " + url + " rejected the credentials in "
                        + kubeconfig + " (user " + user(config) + ", HTTP " + e.getCode() + "): refresh them with `"
                        + refresh + " --overwrite-existing`");
            }
            throw new ClusterAccessException("cannot reach the Kubernetes API server at " + url + " (kubeconfig "
                    + kubeconfig + "): " + cause(e) + ". Check that the cluster is running and that the file's "
                    + "server is right, or write it again with `" + refresh + "`");
        } catch (RuntimeException e) {
            client.close();
            throw e;
        }
    }

    private static String user(Config config) {
        NamedContext ctx = config.getCurrentContext();
        return ctx == null || ctx.getContext() == null ? "?" : ctx.getContext().getUser();
    }

    private static String cause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ConnectException) {
                return "connection refused";
            }
            if (t instanceof SocketTimeoutException || t instanceof java.net.http.HttpConnectTimeoutException) {
                return "no answer within " + CONNECT_BUDGET.toSeconds() + " s";
            }
            if (t instanceof UnknownHostException) {
                return "unknown host " + t.getMessage();
            }
            if (t instanceof javax.net.ssl.SSLException) {
                return "TLS failed (" + t.getMessage() + ")";
            }
        }
        return firstLine(e);
    }

    private static String firstLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.lines().findFirst().orElse(m);
    }
}
