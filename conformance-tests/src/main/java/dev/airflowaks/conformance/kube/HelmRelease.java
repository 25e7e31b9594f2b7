package dev.airflowaks.conformance.kube;

import java.util.List;
import java.util.Map;

/**
 * A Helm release as Helm itself stored it in the cluster (the {@code sh.helm.release.v1.*} Secret): chart,
 * status, user values, rendered manifest and hook outcomes. Hook Jobs are deleted after success, so the hook phases
 * recorded here are the evidence that migrations and user creation ran.
 */
public record HelmRelease(String name, String namespace, int revision, String status, String chartName,
                          String chartVersion, String appVersion, Map<String, Object> config, String manifest,
                          List<Hook> hooks) {

    /** One hook of the release and the phase of its last run ({@code Succeeded}, {@code Failed}, {@code Unknown}). */
    public record Hook(String kind, String name, List<String> events, String lastRunPhase) {
    }

    public HelmRelease {
        config = config == null ? Map.of() : config;
        hooks = hooks == null ? List.of() : List.copyOf(hooks);
        manifest = manifest == null ? "" : manifest;
    }
}
