package dev.airflowaks.deployer.profile;

import dev.airflowaks.deployer.values.ImageRef;
import dev.airflowaks.deployer.values.ImageSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * The Airflow chart's images for the local profile: the images the guide imports into ACR, pulled from their
 * public registries with the same tags, so a cluster without ACR (k3s) runs the same software. The bundled
 * PostgreSQL comes from {@code bitnamilegacy}, because Bitnami removed the versioned {@code docker.io/bitnami} tags
 * the chart pins. {@link #all()} is the list a twin's kubelet must allow.
 */
public final class LocalImages {

    /** The Airflow image version the guide deploys (chart 1.15.0, app 2.9.3). */
    public static final String AIRFLOW_TAG = "2.9.3";
    static final String AIRFLOW_REPO = "docker.io/apache/airflow";
    static final String STATSD_REPO = "quay.io/prometheus/statsd-exporter";
    static final String GIT_SYNC_REPO = "registry.k8s.io/git-sync/git-sync";
    static final String POSTGRESQL_REGISTRY = "docker.io";
    static final String POSTGRESQL_REPO = "bitnamilegacy/postgresql";
    static final String POSTGRESQL_TAG = "16.1.0-debian-11-r15";
    private static final String PULL = "IfNotPresent";

    private LocalImages() {
    }

    /** The chart's {@code images} block: the guide's seven images from their public registries. */
    public static ImageSet imageSet() {
        ImageRef airflow = new ImageRef(AIRFLOW_REPO, AIRFLOW_TAG, PULL);
        return new ImageSet(airflow, airflow, airflow,
                new ImageRef(STATSD_REPO, "v0.26.1", PULL),
                new ImageRef(AIRFLOW_REPO, "airflow-pgbouncer-2024.01.19-1.21.0", PULL),
                new ImageRef(AIRFLOW_REPO, "airflow-pgbouncer-exporter-2024.06.18-0.17.0", PULL),
                new ImageRef(GIT_SYNC_REPO, "v4.1.0", PULL));
    }

    /** The PostgreSQL subchart's {@code postgresql.image} values. */
    public static Map<String, Object> postgresqlImage() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("registry", POSTGRESQL_REGISTRY);
        m.put("repository", POSTGRESQL_REPO);
        m.put("tag", POSTGRESQL_TAG);
        return m;
    }

    /**
     * Every image reference ({@code repo:tag}, as the chart renders it) the local values use, without duplicates,
     * for a public-image allow-list.
     */
    public static List<String> all() {
        ImageSet s = imageSet();
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (ImageRef r : List.of(s.airflow(), s.podTemplate(), s.flower(), s.statsd(), s.pgbouncer(),
                s.pgbouncerExporter(), s.gitSync())) {
            out.add(r.repository() + ":" + r.tag());
        }
        out.add(POSTGRESQL_REGISTRY + "/" + POSTGRESQL_REPO + ":" + POSTGRESQL_TAG);
        return List.copyOf(out);
    }

    /** Helm {@code --set} values (flat keys) that replace the guide's {@code <acr>.azurecr.io/...} repositories. */
    public static Map<String, String> helmValues() {
        ImageSet s = imageSet();
        Map<String, String> v = new LinkedHashMap<>();
        put(v, "airflow", s.airflow());
        put(v, "pod_template", s.podTemplate());
        put(v, "flower", s.flower());
        put(v, "statsd", s.statsd());
        put(v, "pgbouncer", s.pgbouncer());
        put(v, "pgbouncerExporter", s.pgbouncerExporter());
        put(v, "gitSync", s.gitSync());
        postgresqlImage().forEach((k, val) -> v.put("postgresql.image." + k, String.valueOf(val)));
        return v;
    }

    private static void put(Map<String, String> v, String key, ImageRef ref) {
        v.put("images." + key + ".repository", ref.repository());
        v.put("images." + key + ".tag", ref.tag());
    }
}
