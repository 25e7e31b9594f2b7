package dev.airflowaks.guide;

import java.util.Arrays;
import java.util.List;

/**
 * The one catalogue of the two articles' steps, in the articles' order. The deployer's steps, the conformance
 * checks ({@code @VerifiesStep}), the report's guide-step matrix and the generated {@code docs/checks.md} all name
 * steps through it, so a step is renamed, reordered or added here and nowhere else.
 *
 * <p>Each row: article, short name (as failures print it), the article's heading, its anchor on Microsoft Learn,
 * and the guide's own command for the step (abbreviated where the article spans several commands).
 */
public enum GuideStepId {
    RESOURCE_GROUP(Article.INFRASTRUCTURE, "resource group", "Create a resource group",
            "create-a-resource-group",
            "az group create --name $MY_RESOURCE_GROUP_NAME --location $MY_LOCATION"),
    IDENTITY(Article.INFRASTRUCTURE, "managed identity", "Create an identity to access secrets in Azure Key Vault",
            "create-an-identity-to-access-secrets-in-azure-key-vault",
            "az identity create --name $MY_IDENTITY_NAME --resource-group $MY_RESOURCE_GROUP_NAME"),
    KEY_VAULT(Article.INFRASTRUCTURE, "key vault", "Create an Azure Key Vault instance",
            "create-an-azure-key-vault-instance",
            "az keyvault create --name $MY_KEYVAULT_NAME --resource-group $MY_RESOURCE_GROUP_NAME "
                    + "--location $MY_LOCATION --enable-rbac-authorization false"),
    CONTAINER_REGISTRY(Article.INFRASTRUCTURE, "container registry", "Create an Azure Container Registry",
            "create-an-azure-container-registry",
            "az acr create --name $MY_ACR_REGISTRY --resource-group $MY_RESOURCE_GROUP_NAME --sku Premium"),
    STORAGE_ACCOUNT(Article.INFRASTRUCTURE, "storage account", "Create an Azure storage account",
            "create-an-azure-storage-account",
            "az storage account create --name $AKS_AIRFLOW_LOGS_STORAGE_ACCOUNT_NAME --sku Standard_ZRS "
                    + "--kind StorageV2 --allow-blob-public-access false; az storage container-rm create "
                    + "--name $AKS_AIRFLOW_LOGS_STORAGE_CONTAINER_NAME"),
    STORAGE_SECRETS(Article.INFRASTRUCTURE, "storage secrets", "Store the storage account's credentials in Key Vault",
            "create-an-azure-storage-account",
            "az keyvault secret set --vault-name $MY_KEYVAULT_NAME --name AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-NAME|KEY"),
    AKS_CLUSTER(Article.INFRASTRUCTURE, "AKS cluster", "Create an AKS cluster",
            "create-an-aks-cluster",
            "az aks create --name $MY_CLUSTER_NAME --node-count 3 --enable-oidc-issuer --enable-workload-identity "
                    + "--enable-managed-identity --enable-blob-driver --attach-acr $MY_ACR_REGISTRY"),
    CLUSTER_CREDENTIALS(Article.INFRASTRUCTURE, "connect to the cluster", "Connect to the AKS cluster",
            "connect-to-the-aks-cluster",
            "az aks get-credentials --resource-group $MY_RESOURCE_GROUP_NAME --name $MY_CLUSTER_NAME"),
    IMPORT_IMAGES(Article.INFRASTRUCTURE, "import images", "Upload Apache Airflow images to your container registry",
            "upload-apache-airflow-images-to-your-container-registry",
            "az acr import --name $MY_ACR_REGISTRY --source docker.io/apache/airflow:2.9.3 --image airflow:2.9.3"),
    NAMESPACE(Article.DEPLOY, "namespace", "Configure workload identity: create the namespace",
            "configure-workload-identity",
            "kubectl create namespace ${AKS_AIRFLOW_NAMESPACE} --dry-run=client --output yaml | kubectl apply -f -"),
    SERVICE_ACCOUNT(Article.DEPLOY, "service account", "Configure workload identity: create the service account",
            "configure-workload-identity",
            "kubectl apply -f - (ServiceAccount ${SERVICE_ACCOUNT_NAME} with azure.workload.identity/client-id)"),
    INSTALL_ESO(Article.DEPLOY, "install External Secrets Operator", "Install the External Secrets Operator",
            "install-the-external-secrets-operator",
            "helm install external-secrets external-secrets/external-secrets --namespace ${AKS_AIRFLOW_NAMESPACE} "
                    + "--create-namespace --set installCRDs=true --wait"),
    SECRET_STORE(Article.DEPLOY, "SecretStore", "Create secrets: the SecretStore azure-store",
            "create-secrets",
            "kubectl apply -f - (SecretStore azure-store, provider azurekv, authType WorkloadIdentity)"),
    EXTERNAL_SECRET(Article.DEPLOY, "ExternalSecret", "Create secrets: the ExternalSecret for the storage account",
            "create-secrets",
            "kubectl apply -f - (ExternalSecret for ${AKS_AIRFLOW_LOGS_STORAGE_SECRET_NAME})"),
    FEDERATED_CREDENTIAL(Article.DEPLOY, "federated credential", "Create a federated credential",
            "create-a-federated-credential",
            "az identity federated-credential create --name external-secret-operator --identity-name "
                    + "${MY_IDENTITY_NAME} --issuer ${OIDC_URL} "
                    + "--subject system:serviceaccount:${AKS_AIRFLOW_NAMESPACE}:${SERVICE_ACCOUNT_NAME}"),
    ACCESS_POLICY(Article.DEPLOY, "access policy", "Give permission to the user-assigned identity to access the secret",
            "give-permission-to-the-user-assigned-identity-to-access-the-secret",
            "az keyvault set-policy --name $MY_KEYVAULT_NAME --object-id $MY_IDENTITY_NAME_PRINCIPAL_ID "
                    + "--secret-permissions get"),
    LOGS_VOLUME(Article.DEPLOY, "logs persistent volume", "Create a persistent volume for Apache Airflow logs",
            "create-a-persistent-volume-for-apache-airflow-logs",
            "kubectl apply -f - (PersistentVolume pv-airflow-logs, PersistentVolumeClaim pvc-airflow-logs)"),
    HELM_VALUES(Article.DEPLOY, "Helm values", "Create values for Apache Airflow Helm chart",
            "create-values-for-apache-airflow-helm-chart",
            "cat <<EOF > airflow_values.yaml"),
    DEPLOY_AIRFLOW(Article.DEPLOY, "deploy Airflow", "Deploy Apache Airflow on AKS",
            "deploy-apache-airflow-on-aks",
            "helm install airflow apache-airflow/airflow --version 1.15.0 --namespace ${AKS_AIRFLOW_NAMESPACE} "
                    + "-f airflow_values.yaml --debug"),
    ACCESS_UI(Article.DEPLOY, "access the UI", "Access Airflow UI",
            "access-airflow-ui",
            "kubectl port-forward svc/airflow-webserver 8080:8080 -n ${AKS_AIRFLOW_NAMESPACE}"),
    PRODUCTION(Article.DEPLOY, "production considerations", "Next steps: production best practices",
            "next-steps",
            "");

    private final Article article;
    private final String shortName;
    private final String title;
    private final String anchor;
    private final String command;

    GuideStepId(Article article, String shortName, String title, String anchor, String command) {
        this.article = article;
        this.shortName = shortName;
        this.title = title;
        this.anchor = anchor;
        this.command = command;
    }

    public Article article() {
        return article;
    }

    /** As failures print it: "federated credential". */
    public String shortName() {
        return shortName;
    }

    /** The article's heading for the step. */
    public String title() {
        return title;
    }

    public String anchor() {
        return anchor;
    }

    /** The guide's own command for the step; empty where the step is advice, not a command. */
    public String command() {
        return command;
    }

    /** The link to the step's heading on Microsoft Learn. */
    public String url() {
        return article.url() + "#" + anchor;
    }

    /** As failures print it: {@code deploy guide, step 'federated credential'}. */
    public String reference() {
        return article.shortName() + ", step '" + shortName + "'";
    }

    /** 1-based position within its article: the number a reader finds in the report and in docs/checks.md. */
    public int number() {
        return (int) Arrays.stream(values()).filter(s -> s.article == article && s.ordinal() <= ordinal()).count();
    }

    /** The steps of one article, in its order. */
    public static List<GuideStepId> of(Article article) {
        return Arrays.stream(values()).filter(s -> s.article == article).toList();
    }
}
