package dev.airflowaks.conformance.azure;

import java.util.List;

/** A federated identity credential: the trust that lets the cluster's SA token be exchanged for an Entra token. */
public record FederatedCredentialInfo(String name, String issuer, String subject, List<String> audiences) {

    public FederatedCredentialInfo {
        audiences = audiences == null ? List.of() : List.copyOf(audiences);
    }
}
