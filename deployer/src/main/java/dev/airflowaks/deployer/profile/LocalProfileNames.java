package dev.airflowaks.deployer.profile;

/**
 * What the local profile puts in place of the guide's Azure-backed pieces, in one place so the steps, the values and
 * the tests agree. The object names stay the guide's; only these differ.
 */
public final class LocalProfileNames {

    /** Label on every object the local profile changes, so a reader of the cluster sees it is a stand-in. */
    public static final String PROFILE_LABEL_KEY = "airflow-aks.dev/profile";
    public static final String PROFILE_LABEL_VALUE = "local";
    /** k3s's bundled storage class; for the static PV it only pairs the PV with its claim. */
    public static final String STORAGE_CLASS = "local-path";
    /** Where the logs live on the k3s node (fixtures' {@code LocalProfile.LOGS_HOST_PATH} holds the same path). */
    public static final String LOGS_HOST_PATH = "/var/lib/rancher/k3s/storage/airflow-logs";
    /** What plan and apply say for the guide's Azure operations. */
    public static final String NO_AZURE = "local profile has no Azure";

    private LocalProfileNames() {
    }
}
