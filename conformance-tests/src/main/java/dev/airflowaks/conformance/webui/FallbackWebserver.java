package dev.airflowaks.conformance.webui;

import dev.airflowaks.targets.ui.FallbackUiAccess;
import dev.airflowaks.targets.ui.UiEndpoint;

import java.time.Duration;

/**
 * The UI the way a target's fixtures reach it (k3s: the guide's port-forward first, then a NodePort), for the suite's
 * UI checks. When no way answers, the checks see {@link WebserverUnreachable} with every attempt and its reason.
 */
public final class FallbackWebserver implements WebserverAccess {

    private final FallbackUiAccess ui;
    private final Duration requestTimeout;

    public FallbackWebserver(FallbackUiAccess ui, Duration requestTimeout) {
        this.ui = ui;
        this.requestTimeout = requestTimeout;
    }

    @Override
    public Session open() {
        UiEndpoint endpoint;
        try {
            endpoint = ui.open();
        } catch (IllegalStateException e) {
            throw new WebserverUnreachable(e.getMessage());
        }
        return new PortForwardWebserver.HttpSession(endpoint.baseUri(), requestTimeout, endpoint::close);
    }
}
