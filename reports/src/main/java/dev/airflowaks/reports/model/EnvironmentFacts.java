package dev.airflowaks.reports.model;

import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the run was made against, so a report read the next morning says which cluster and which versions it proves.
 *
 * @param kubernetesVersion for example {@code v1.32.3}
 * @param chartVersions     chart name to version, for example {@code airflow -> 1.15.0}
 * @param esoApiVersion     the ExternalSecrets API version the cluster serves, for example {@code external-secrets.io/v1beta1}
 * @param other             further facts, for example the profile ({@code local}) or the node count; never secrets
 */
public record EnvironmentFacts(String kubernetesVersion, Map<String, String> chartVersions, String esoApiVersion,
                               Map<String, String> other) {

    public EnvironmentFacts {
        kubernetesVersion = kubernetesVersion == null ? "" : kubernetesVersion;
        esoApiVersion = esoApiVersion == null ? "" : esoApiVersion;
        chartVersions = sorted(chartVersions);
        other = sorted(other);
    }

    /** Facts not known (for example the target never came up). */
    public static EnvironmentFacts unknown() {
        return new EnvironmentFacts("", Map.of(), "", Map.of());
    }

    private static Map<String, String> sorted(Map<String, String> m) {
        if (m == null) {
            return Map.of();
        }
        TreeMap<String, String> copy = new TreeMap<>();
        m.forEach((k, v) -> copy.put(Objects.requireNonNull(k), v == null ? "" : v));
        return java.util.Collections.unmodifiableSortedMap(copy);
    }
}
