package dev.airflowaks.deployer.testing;

import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecretBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Helm's own release storage (Secret driver: {@code sh.helm.release.v1.<name>.v<rev>}, data {@code release} =
 * base64(gzip(JSON))) read and written directly, to leave a release in the state an interrupted or failed run
 * leaves it in ({@code failed}, {@code pending-install}, {@code pending-upgrade}) without needing that run.
 */
public final class HelmStorage {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final KubernetesClient client;

    public HelmStorage(KubernetesClient client) {
        this.client = client;
    }

    /** The release's revisions, oldest first. */
    public List<Secret> revisions(String namespace, String release) {
        return client.secrets().inNamespace(namespace).withLabel("owner", "helm").withLabel("name", release).list()
                .getItems().stream().sorted(Comparator.comparingInt(s -> Integer.parseInt(
                        s.getMetadata().getLabels().get("version")))).toList();
    }

    /** Rewrites revision {@code revision}'s status and last-deployed time. */
    public void setStatus(String namespace, String release, int revision, String status, Instant lastDeployed) {
        Secret s = client.secrets().inNamespace(namespace).withName(secretName(release, revision)).get();
        ObjectNode rel = decode(s);
        ObjectNode info = (ObjectNode) rel.get("info");
        info.put("status", status);
        info.put("last_deployed", lastDeployed.toString());
        info.put("description", "left " + status + " by a test");
        s.getData().put("release", encode(rel));
        s.getMetadata().getLabels().put("status", status);
        s.getMetadata().setManagedFields(null);
        client.secrets().inNamespace(namespace).resource(s).update();
    }

    /** Adds revision {@code from + 1}, a copy of {@code from} in {@code status}: an upgrade that did not finish. */
    public int addRevision(String namespace, String release, int from, String status, Instant lastDeployed) {
        Secret s = client.secrets().inNamespace(namespace).withName(secretName(release, from)).get();
        int next = from + 1;
        ObjectNode rel = decode(s);
        rel.put("version", next);
        ObjectNode info = (ObjectNode) rel.get("info");
        info.put("status", status);
        info.put("last_deployed", lastDeployed.toString());
        info.put("description", "left " + status + " by a test");
        Secret copy = new SecretBuilder().withNewMetadata().withName(secretName(release, next))
                .withNamespace(namespace).withLabels(s.getMetadata().getLabels()).endMetadata()
                .withType(s.getType()).addToData("release", encode(rel)).build();
        copy.getMetadata().getLabels().put("status", status);
        copy.getMetadata().getLabels().put("version", String.valueOf(next));
        client.secrets().inNamespace(namespace).resource(copy).create();
        return next;
    }

    public void delete(String namespace, String release, int revision) {
        client.secrets().inNamespace(namespace).withName(secretName(release, revision)).delete();
    }

    public static String secretName(String release, int revision) {
        return "sh.helm.release.v1." + release + ".v" + revision;
    }

    private static ObjectNode decode(Secret s) {
        byte[] helmString = Base64.getDecoder().decode(s.getData().get("release"));
        byte[] gz = Base64.getDecoder().decode(new String(helmString, StandardCharsets.US_ASCII));
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            JsonNode node = JSON.readTree(in.readAllBytes());
            return (ObjectNode) node;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(ObjectNode rel) {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        try (GZIPOutputStream out = new GZIPOutputStream(buf)) {
            out.write(JSON.writeValueAsBytes(rel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String helmString = Base64.getEncoder().encodeToString(buf.toByteArray());
        return Base64.getEncoder().encodeToString(helmString.getBytes(StandardCharsets.US_ASCII));
    }
}
