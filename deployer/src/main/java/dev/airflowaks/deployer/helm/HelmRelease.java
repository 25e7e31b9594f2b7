package dev.airflowaks.deployer.helm;

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

    /**
     * One hook of the release: the phase of its last run ({@code Succeeded}, {@code Failed}, {@code Unknown}), its
     * rendered manifest and its {@code helm.sh/hook-delete-policy} (empty: Helm's default, before-hook-creation).
     */
    public record Hook(String kind, String name, List<String> events, String lastRunPhase, String manifest,
                       List<String> deletePolicies) {

        public Hook {
            events = List.copyOf(events);
            manifest = manifest == null ? "" : manifest;
            deletePolicies = deletePolicies == null ? List.of() : List.copyOf(deletePolicies);
        }

        /** Whether Helm left the object in the cluster after its last run (not deleted by its policy). */
        public boolean keptLive() {
            return !(deletePolicies.contains("hook-succeeded") && "Succeeded".equals(lastRunPhase))
                    && !(deletePolicies.contains("hook-failed") && "Failed".equals(lastRunPhase));
        }

        /** Whether {@code helm upgrade} runs it again (so an upgrade puts it back as rendered). */
        public boolean runsOnUpgrade() {
            return events.contains("pre-upgrade") || events.contains("post-upgrade");
        }
    }

    public HelmRelease {
        config = config == null ? Map.of() : config;
        hooks = hooks == null ? List.of() : List.copyOf(hooks);
        manifest = manifest == null ? "" : manifest;
    }
}
