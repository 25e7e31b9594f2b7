package dev.airflowaks.conformance.azure;

/** The parts of a user-assigned identity the guide wires into the cluster. */
public record IdentityInfo(String name, String clientId, String principalId, String tenantId) {
}
