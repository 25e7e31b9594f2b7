package dev.airflowaks.guide;

/**
 * The two Microsoft Learn articles the project turns into software. Every step, check, deviation and report row
 * points into one of them, so a reader can open the article at the heading that explains a finding.
 */
public enum Article {
    INFRASTRUCTURE("infrastructure guide", "Create the infrastructure for Apache Airflow on AKS",
            "https://learn.microsoft.com/en-us/azure/aks/airflow-create-infrastructure"),
    DEPLOY("deploy guide", "Configure and deploy Apache Airflow on AKS using Helm",
            "https://learn.microsoft.com/en-us/azure/aks/airflow-deploy");

    private final String shortName;
    private final String title;
    private final String url;

    Article(String shortName, String title, String url) {
        this.shortName = shortName;
        this.title = title;
        this.url = url;
    }

    /** "deploy guide", as failures print it. */
    public String shortName() {
        return shortName;
    }

    /** The article's title on Microsoft Learn. */
    public String title() {
        return title;
    }

    public String url() {
        return url;
    }
}
