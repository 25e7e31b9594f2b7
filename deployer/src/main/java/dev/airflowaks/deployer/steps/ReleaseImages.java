package dev.airflowaks.deployer.steps;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Every image a rendered release pulls: the {@code image} of each container and init container of every pod
 * template in the manifest (Deployments, StatefulSets, Jobs, DaemonSets, CronJobs, bare Pods), plus the images the
 * caller knows the dropped hooks pull (helm-java's {@code template()} returns no hooks; the Airflow chart's hook
 * Jobs run {@code images.airflow}). Read from the manifest as data, not from the values model, so a chart that pulls
 * something the values never name (the bundled postgres) is listed too.
 */
public final class ReleaseImages {

    private ReleaseImages() {
    }

    /** The images of {@code manifest} and {@code hookImages}, sorted, without duplicates. */
    public static List<String> of(String manifest, List<String> hookImages) {
        TreeSet<String> images = new TreeSet<>(hookImages);
        for (Object doc : new Load(LoadSettings.builder().setCodePointLimit(64 * 1024 * 1024).build())
                .loadAllFromString(manifest)) {
            collect(doc, images);
        }
        return List.copyOf(images);
    }

    /** Walks the whole object: every map holding {@code containers}/{@code initContainers} is a pod spec. */
    private static void collect(Object node, TreeSet<String> images) {
        if (node instanceof Map<?, ?> map) {
            for (String key : List.of("containers", "initContainers")) {
                if (map.get(key) instanceof List<?> containers) {
                    containers.stream().filter(c -> c instanceof Map<?, ?>)
                            .map(c -> ((Map<?, ?>) c).get("image")).filter(i -> i instanceof String)
                            .forEach(i -> images.add((String) i));
                }
            }
            map.values().forEach(v -> collect(v, images));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> collect(v, images));
        }
    }
}
