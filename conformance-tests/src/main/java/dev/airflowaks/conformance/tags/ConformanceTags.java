package dev.airflowaks.conformance.tags;

/**
 * Every tag the suite uses, in one place, so Maven {@code <groups>}, the launcher's tag filters and the report
 * agree on spelling.
 */
public final class ConformanceTags {

    /** A conformance check: its failure makes the target non-conformant. */
    public static final String CONFORMANCE = "conformance";
    /** A production-readiness grade: its failure is a warning with its own verdict, never a conformance failure. */
    public static final String PRODUCTION_READINESS = "production-readiness";
    /** Needs read access to Azure (ARM, Entra, Key Vault). */
    public static final String AZURE = "azure";
    /** Reads only Kubernetes objects. */
    public static final String KUBERNETES = "kubernetes";
    /** Talks to the Airflow webserver through a port-forward. */
    public static final String UI = "ui";

    private ConformanceTags() {
    }
}
