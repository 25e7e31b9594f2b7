package dev.airflowaks.deployer.helm;

import java.util.Map;
import java.util.Optional;

/**
 * The Helm operations of the guide. One interface so steps can be tested without a cluster; production uses
 * {@link HelmJavaReleases} (helm-java, always with a kubeconfig file).
 */
public interface HelmReleases {

    /** The release in any state, or empty when there is none. */
    Optional<ReleaseState> status(String release, String namespace);

    /** The user-supplied values of the current revision. */
    Map<String, Object> values(String release, String namespace);

    /**
     * Installs or upgrades to {@code spec}. A release left {@code failed} or {@code pending-*} is repaired as
     * {@link #repair} decides: upgraded over its deployed revision, or uninstalled and installed again when none was
     * ever deployed; a {@link Repair.Kind#BLOCKED blocked} repair throws its message and changes nothing.
     */
    ReleaseState installOrUpgrade(ReleaseSpec spec);

    /**
     * How {@link #installOrUpgrade} would repair the existing release of {@code spec} that is not deployed (see
     * {@link RepairPolicy}); read-only, so plan shows it.
     */
    Repair repair(ReleaseSpec spec);

    void uninstall(String release, String namespace);

    /**
     * The release's rendered non-hook manifest for {@code spec}, read-only ({@code helm template}). helm-java drops
     * hooks and its {@code lookup} dials a cluster, so callers add what the hooks pull themselves.
     */
    String template(ReleaseSpec spec);
}
