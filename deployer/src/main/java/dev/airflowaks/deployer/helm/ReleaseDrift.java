package dev.airflowaks.deployer.helm;

import dev.airflowaks.deployer.kube.ObjectDiff;
import io.fabric8.kubernetes.api.model.APIResource;
import io.fabric8.kubernetes.api.model.APIResourceList;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * What {@code helm diff upgrade} shows and a chart-version-and-values comparison misses: live objects of a release
 * that differ from the chart rendered with the resolved values (edited or deleted by hand, or another build of the
 * same chart version). Only the fields the chart sets count ({@link ObjectDiff}), so what the server or controllers
 * populate is not drift. Not compared: Secret data (charts generate random secrets on every render) and
 * {@code checksum/*} annotations (derived from them). Hooks, which helm-java's render omits, come from the release
 * record Helm stored ({@link #ofHooks}); those their delete policy removed (the Airflow chart's Jobs) are not drift.
 */
public final class ReleaseDrift {

    /**
     * One drifted object: its target ("Deployment airflow/airflow-webserver"), a unified diff of its fields, and
     * whether {@code helm upgrade} puts it back (not a hook that runs only on install).
     */
    public record Drifted(String target, List<String> diff, boolean repairedByUpgrade) {
        public Drifted {
            diff = List.copyOf(diff);
        }

        Drifted(String target, List<String> diff) {
            this(target, diff, true);
        }
    }

    private final KubernetesClient kube;
    private final Map<String, Optional<APIResource>> discovery = new HashMap<>();

    public ReleaseDrift(KubernetesClient kube) {
        this.kube = kube;
    }

    /** The drifted objects of {@code rendered} (a {@code helm template} output) in the release's namespace. */
    public List<Drifted> of(String rendered, ReleaseSpec spec) {
        List<Drifted> out = new ArrayList<>();
        for (Object doc : new Load(LoadSettings.builder().setSchema(new CoreSchema()).build()).loadAllFromString(rendered)) {
            if (doc instanceof Map<?, ?> m && m.get("kind") != null && m.get("apiVersion") != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> desired = (Map<String, Object>) comparable(m);
                compare(desired, spec).ifPresent(out::add);
            }
        }
        return out;
    }

    /**
     * The drifted hooks of {@code release}: each hook object Helm left in the cluster (its delete policy did not
     * remove it after its last run) compared with the hook as the release stored it, since helm-java's render has no
     * hooks. A hook its policy deleted is not drift. A hook that runs only on install is marked as one that
     * {@code helm upgrade} does not put back.
     */
    public List<Drifted> ofHooks(HelmRelease release, ReleaseSpec spec) {
        List<Drifted> out = new ArrayList<>();
        for (HelmRelease.Hook hook : release.hooks()) {
            if (!hook.keptLive()) {
                continue;
            }
            Object doc = new Load(LoadSettings.builder().setSchema(new CoreSchema()).build())
                    .loadFromString(hook.manifest());
            if (doc instanceof Map<?, ?> m && m.get("kind") != null && m.get("apiVersion") != null) {
                @SuppressWarnings("unchecked")
                Map<String, Object> desired = (Map<String, Object>) comparable(m);
                compare(desired, spec).ifPresent(d -> out.add(hook.runsOnUpgrade() ? d : new Drifted(d.target()
                        + " (hook " + String.join(",", hook.events()) + ")", withNote(d.diff()), false)));
            }
        }
        return out;
    }

    private static List<String> withNote(List<String> diff) {
        List<String> out = new ArrayList<>(diff);
        out.add("  (an install-only hook: helm upgrade does not run it again, so apply cannot put it back; restore "
                + "it by hand, or reinstall the release)");
        return out;
    }

    private Optional<Drifted> compare(Map<String, Object> desired, ReleaseSpec spec) {
        String apiVersion = String.valueOf(desired.get("apiVersion"));
        String kind = String.valueOf(desired.get("kind"));
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) desired.computeIfAbsent("metadata", k -> new LinkedHashMap<>());
        String name = String.valueOf(meta.get("name"));
        Optional<APIResource> resource = resource(apiVersion, kind);
        boolean namespaced = resource.map(r -> Boolean.TRUE.equals(r.getNamespaced())).orElse(true);
        if (namespaced) {
            meta.putIfAbsent("namespace", spec.namespace());
        }
        String target = kind + " " + (namespaced ? meta.get("namespace") + "/" : "") + name;
        if (resource.isEmpty()) {
            return Optional.of(new Drifted(target, List.of("kind " + kind + " is not served in " + apiVersion)));
        }
        var ops = kube.genericKubernetesResources(apiVersion, kind);
        GenericKubernetesResource live = namespaced
                ? ops.inNamespace(String.valueOf(meta.get("namespace"))).withName(name).get()
                : ops.withName(name).get();
        if (live == null) {
            return Optional.of(new Drifted(target, List.of("--- live", "+++ " + spec.chartLabel() + " rendered",
                    "- (missing: deleted since the release; apply recreates it)")));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> liveMap = kube.getKubernetesSerialization().convertValue(live, Map.class);
        List<ObjectDiff.Field> fields = ObjectDiff.fields(desired, liveMap);
        if (fields.isEmpty()) {
            return Optional.empty();
        }
        List<String> lines = new ArrayList<>(List.of("--- live", "+++ " + spec.chartLabel() + " rendered"));
        for (ObjectDiff.Field f : fields) {
            if (!"(none)".equals(f.live())) {
                lines.add("- " + f.path() + ": " + f.live());
            }
            if (!"(none)".equals(f.desired())) {
                lines.add("+ " + f.path() + ": " + f.desired());
            }
        }
        return Optional.of(new Drifted(target, lines));
    }

    private Optional<APIResource> resource(String apiVersion, String kind) {
        return discovery.computeIfAbsent(apiVersion + "/" + kind, k -> {
            APIResourceList list = kube.getApiResources(apiVersion);
            return list == null || list.getResources() == null ? Optional.empty()
                    : list.getResources().stream().filter(r -> kind.equals(r.getKind()) && !r.getName().contains("/"))
                            .findFirst();
        });
    }

    /**
     * The rendered object as the API server would store it: empty maps and lists and nulls dropped (the server
     * omits them), Secret data and {@code checksum/*} annotations left out (see the class comment).
     */
    private static Object comparable(Object value) {
        if (value instanceof Map<?, ?> m) {
            boolean secret = "Secret".equals(m.get("kind"));
            Map<String, Object> out = new LinkedHashMap<>();
            for (var e : m.entrySet()) {
                String key = String.valueOf(e.getKey());
                if ((secret && (key.equals("data") || key.equals("stringData"))) || key.startsWith("checksum/")) {
                    continue;
                }
                Object v = comparable(e.getValue());
                if (v != null && !(v instanceof Map<?, ?> vm && vm.isEmpty()) && !(v instanceof List<?> vl && vl.isEmpty())) {
                    out.put(key, v);
                }
            }
            return out;
        }
        if (value instanceof List<?> l) {
            return l.stream().map(ReleaseDrift::comparable).toList();
        }
        return value;
    }
}
