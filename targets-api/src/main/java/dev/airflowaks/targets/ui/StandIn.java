package dev.airflowaks.targets.ui;

/**
 * How the twin's webserver stand-in marks every answer, so that no check or report takes it for Airflow itself. The
 * twin sets the header; the suite's HTTP session reads it. One constant for both sides.
 */
public final class StandIn {

    /** The response header the stand-in sets (value {@code stand-in}). */
    public static final String HEADER = "X-Airflow-Aks-Twin";

    private StandIn() {
    }
}
