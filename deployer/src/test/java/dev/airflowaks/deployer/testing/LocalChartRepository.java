package dev.airflowaks.deployer.testing;

import com.marcnuri.helm.Helm;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Helm chart repository on 127.0.0.1 (ephemeral port) serving packaged test charts: {@code index.yaml} plus one
 * {@code <name>-<version>.tgz} per chart, as {@code https://airflow.apache.org} serves the real ones. Records every
 * request path so a test can prove what was fetched.
 */
public final class LocalChartRepository implements AutoCloseable {

    private final HttpServer server;
    private final Path root;
    public final List<String> requests = new CopyOnWriteArrayList<>();

    /** Packages each chart directory (helm package) into {@code root} and serves it with a generated index. */
    public LocalChartRepository(Path root, List<Path> chartDirs) {
        this.root = root;
        try {
            Files.createDirectories(root);
            StringBuilder index = new StringBuilder("apiVersion: v1\nentries:\n");
            for (Path dir : chartDirs) {
                new Helm(dir).packageIt().withDestination(root).call();
                var meta = dev.airflowaks.deployer.values.YamlValues.parse(Files.readString(dir.resolve("Chart.yaml")));
                String name = String.valueOf(meta.get("name"));
                String version = String.valueOf(meta.get("version"));
                String file = name + "-" + version + ".tgz";
                index.append("  ").append(name).append(":\n")
                        .append("  - apiVersion: v2\n")
                        .append("    name: ").append(name).append('\n')
                        .append("    version: ").append(version).append('\n')
                        .append("    created: \"2026-01-01T00:00:00Z\"\n")
                        .append("    digest: ").append(sha256(root.resolve(file))).append('\n')
                        .append("    urls:\n    - ").append(file).append('\n');
            }
            index.append("generated: \"2026-01-01T00:00:00Z\"\n");
            Files.writeString(root.resolve("index.yaml"), index.toString());
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/", exchange -> {
                String path = exchange.getRequestURI().getPath();
                requests.add(exchange.getRequestMethod() + " " + path);
                Path f = root.resolve(path.substring(1)).normalize();
                if (!f.startsWith(root) || !Files.isRegularFile(f)) {
                    exchange.sendResponseHeaders(404, -1);
                    exchange.close();
                    return;
                }
                byte[] body = Files.readAllBytes(f);
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            });
            server.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public Path root() {
        return root;
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
