package dev.airflowaks.conformance.webui;

/**
 * How the suite reaches the Airflow webserver. The guide's way is a port-forward to
 * {@code svc/airflow-webserver:8080} ({@link PortForwardWebserver}); tests may point it at a local server.
 */
public interface WebserverAccess {

    /** Opens a session (for example a port-forward); close it when done. */
    Session open();

    /** An open connection to the webserver. */
    interface Session extends AutoCloseable {
        HttpAnswer get(String path);

        /** Where the session points, for evidence ({@code http://127.0.0.1:PORT}). */
        String describe();

        @Override
        void close();
    }

    /**
     * Status and body of one GET, and the mark a stand-in puts on what it serves (the twin's
     * {@code X-Airflow-Aks-Twin: stand-in} header), so a stand-in is recognised by what it is, not by what the target
     * declares.
     */
    record HttpAnswer(int status, String body, java.util.Optional<String> standInMark) {

        public HttpAnswer(int status, String body) {
            this(status, body, java.util.Optional.empty());
        }
    }
}
