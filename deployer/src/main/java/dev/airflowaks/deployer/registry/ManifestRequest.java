package dev.airflowaks.deployer.registry;

/**
 * One manifest question in the OCI distribution API: {@code HEAD <base>v2/<repository>/manifests/<tag>}, accepting
 * every manifest and index media type a runtime resolves (Docker v2 and OCI), so that a multi-arch tag answers 200
 * as it does for containerd. Shared by the ACR data plane and the public registries.
 */
public record ManifestRequest(String base, String repository, String tag) {

    public static final String ACCEPT = "application/vnd.docker.distribution.manifest.v2+json, "
            + "application/vnd.docker.distribution.manifest.list.v2+json, application/vnd.oci.image.manifest.v1+json, "
            + "application/vnd.oci.image.index.v1+json";

    public ManifestRequest {
        base = base.endsWith("/") ? base : base + "/";
    }

    public String url() {
        return base + "v2/" + repository + "/manifests/" + tag;
    }

    /** As messages print it. */
    public String describe() {
        return "HEAD " + url();
    }
}
