package dev.airflowaks.conformance.guide;

/** The two Microsoft Learn articles the project turns into software; every check points into one of them. */
public enum Article {
    INFRASTRUCTURE("infrastructure guide", "Create the infrastructure for Apache Airflow on AKS"),
    DEPLOY("deploy guide", "Configure and deploy Apache Airflow on AKS using Helm");

    private final String shortName;
    private final String title;

    Article(String shortName, String title) {
        this.shortName = shortName;
        this.title = title;
    }

    public String shortName() {
        return shortName;
    }

    public String title() {
        return title;
    }
}
