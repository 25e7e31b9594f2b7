package dev.airflowaks.reports.model;

import java.util.Objects;

/**
 * The place in the Microsoft Learn guide that a check verifies, so a reader of a failure knows which step to redo.
 *
 * @param article the guide article, for example {@link #INFRASTRUCTURE} or {@link #DEPLOY}
 * @param step    the step's heading inside the article, for example "Create a federated credential"
 * @param url     a link to the article or step; empty when unknown
 */
public record GuideStep(String article, String step, String url) {

    /** The first article: "Create the infrastructure for Apache Airflow on AKS". */
    public static final String INFRASTRUCTURE = "Create the infrastructure for Apache Airflow on AKS";
    /** The second article: "Configure and deploy Apache Airflow on AKS using Helm". */
    public static final String DEPLOY = "Configure and deploy Apache Airflow on AKS using Helm";
    /** Link to the infrastructure article. */
    public static final String INFRASTRUCTURE_URL = "https://learn.microsoft.com/en-us/azure/aks/airflow-create-infrastructure";
    /** Link to the deploy article. */
    public static final String DEPLOY_URL = "https://learn.microsoft.com/en-us/azure/aks/airflow-deploy";

    public GuideStep {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(step, "step");
        url = url == null ? "" : url;
    }

    /** A step of the infrastructure article. */
    public static GuideStep infrastructure(String step) {
        return new GuideStep(INFRASTRUCTURE, step, INFRASTRUCTURE_URL);
    }

    /** A step of the deploy article. */
    public static GuideStep deploy(String step) {
        return new GuideStep(DEPLOY, step, DEPLOY_URL);
    }

    /** "article › step", for plain-text reports and messages. */
    public String label() {
        return article + " \u203a " + step;
    }
}
