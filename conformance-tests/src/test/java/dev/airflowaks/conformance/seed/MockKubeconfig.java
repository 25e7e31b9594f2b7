package dev.airflowaks.conformance.seed;

import io.fabric8.kubernetes.client.KubernetesClient;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;

/** Writes a kubeconfig file and an env file that point the suite at a seeded mock, as a user would for a cluster. */
public final class MockKubeconfig {

    private MockKubeconfig() {
    }

    public static Path kubeconfig(KubernetesClient client, Path dir) {
        String server = client.getMasterUrl().toString().replaceAll("/$", "");
        String yaml = "apiVersion: v1\nkind: Config\nclusters: [{name: mock, cluster: {server: \"" + server + "\"}}]\n"
                + "contexts: [{name: mock, context: {cluster: mock, user: mock, namespace: airflow}}]\n"
                + "current-context: mock\nusers: [{name: mock, user: {token: dummy}}]\n";
        return write(dir.resolve("kubeconfig"), yaml);
    }

    public static Path envFile(Path dir) {
        Map<String, String> env = GoodWorld.env();
        return write(dir.resolve("airflow-aks.env"), env.entrySet().stream()
                .map(e -> "export " + e.getKey() + "=\"" + e.getValue() + "\"").collect(Collectors.joining("\n")));
    }

    private static Path write(Path file, String text) {
        try {
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
