package dev.airflowaks.deployer.azure;

import java.util.List;

/** A federated identity credential on the user-assigned identity. */
public record FederatedCredential(String name, String issuer, String subject, List<String> audiences) {

    /** The audience Entra workload identity federation uses. */
    public static final String AUDIENCE = "api://AzureADTokenExchange";

    public FederatedCredential {
        audiences = List.copyOf(audiences);
    }
}
