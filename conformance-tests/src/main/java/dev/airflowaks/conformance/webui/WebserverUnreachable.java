package dev.airflowaks.conformance.webui;

/**
 * The webserver cannot be reached the guide's way because the cluster has nothing to forward to (the Service is
 * missing or no pod behind it runs). That is the target's state, not a harness problem, so the UI check turns it
 * into a conformance failure explained by the webserver pod's dependency chain.
 */
public final class WebserverUnreachable extends IllegalStateException {

    public WebserverUnreachable(String message) {
        super(message);
    }
}
