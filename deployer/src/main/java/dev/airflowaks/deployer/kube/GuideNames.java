package dev.airflowaks.deployer.kube;

/** Names the guide fixes (not configurable), in one place so steps, destroy and status agree. */
public final class GuideNames {

    public static final String SECRET_STORE = "azure-store";
    public static final String EXTERNAL_SECRET = "airflow-aks-azure-logs-secrets";
    public static final String FEDERATED_CREDENTIAL = "external-secret-operator";
    public static final String PV = "pv-airflow-logs";
    public static final String PVC = "pvc-airflow-logs";
    public static final String VOLUME_HANDLE = "airflow-logs-1";
    public static final String BLOB_DRIVER = "blob.csi.azure.com";
    public static final String KV_ACCOUNT_NAME_SECRET = "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-NAME";
    public static final String KV_ACCOUNT_KEY_SECRET = "AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY";
    public static final String ESO_GROUP = "external-secrets.io";
    /** Label on every object the deployer applies directly. */
    public static final String MANAGED_BY_KEY = OwnMetadata.LABEL;
    public static final String MANAGED_BY = OwnMetadata.VALUE;

    private GuideNames() {
    }
}
