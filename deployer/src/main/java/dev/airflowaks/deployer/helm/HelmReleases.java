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
     * Installs or upgrades to {@code spec}. A release left {@code failed} or {@code pending-*} is repaired: upgraded
     * when it has a deployed revision to build on, else uninstalled and installed again.
     */
    ReleaseState installOrUpgrade(ReleaseSpec spec);

    void uninstall(String release, String namespace);
}
