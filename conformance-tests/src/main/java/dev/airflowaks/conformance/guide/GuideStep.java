package dev.airflowaks.conformance.guide;

/**
 * A step of the guide a check verifies or a root cause is fixed by. Failures name the step so that a reader can
 * open the article at the right heading instead of decoding a timeout.
 */
public enum GuideStep {
    IDENTITY(Article.INFRASTRUCTURE, "managed identity", "Create an identity to access secrets in Azure Key Vault"),
    KEY_VAULT(Article.INFRASTRUCTURE, "key vault", "Create an Azure Key Vault instance"),
    STORAGE_ACCOUNT(Article.INFRASTRUCTURE, "storage account",
            "Create an Azure storage account and store its credentials in Key Vault"),
    AKS_CLUSTER(Article.INFRASTRUCTURE, "AKS cluster", "Create an AKS cluster (OIDC issuer, workload identity)"),
    IMPORT_IMAGES(Article.INFRASTRUCTURE, "import images", "Upload Apache Airflow images to your container registry"),
    NAMESPACE(Article.DEPLOY, "namespace", "Configure workload identity: create the namespace"),
    SERVICE_ACCOUNT(Article.DEPLOY, "service account", "Configure workload identity: create the service account"),
    INSTALL_ESO(Article.DEPLOY, "install External Secrets Operator", "Install the External Secrets Operator"),
    SECRET_STORE(Article.DEPLOY, "SecretStore", "Create secrets: the SecretStore azure-store"),
    EXTERNAL_SECRET(Article.DEPLOY, "ExternalSecret", "Create secrets: the ExternalSecret for the storage account"),
    FEDERATED_CREDENTIAL(Article.DEPLOY, "federated credential", "Create a federated credential"),
    ACCESS_POLICY(Article.DEPLOY, "access policy", "Give permission to the user-assigned identity to access the secret"),
    LOGS_VOLUME(Article.DEPLOY, "logs persistent volume", "Create a persistent volume for Apache Airflow logs"),
    HELM_VALUES(Article.DEPLOY, "Helm values", "Create values for Apache Airflow Helm chart"),
    DEPLOY_AIRFLOW(Article.DEPLOY, "deploy Airflow", "Deploy Apache Airflow on AKS"),
    ACCESS_UI(Article.DEPLOY, "access the UI", "Access Airflow UI"),
    PRODUCTION(Article.DEPLOY, "production considerations", "Next steps: production best practices");

    private final Article article;
    private final String shortName;
    private final String heading;

    GuideStep(Article article, String shortName, String heading) {
        this.article = article;
        this.shortName = shortName;
        this.heading = heading;
    }

    public Article article() {
        return article;
    }

    public String shortName() {
        return shortName;
    }

    public String heading() {
        return heading;
    }

    /** As failures print it: {@code deploy guide, step 'federated credential'}. */
    public String reference() {
        return article.shortName() + ", step '" + shortName + "'";
    }
}
