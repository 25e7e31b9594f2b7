package dev.airflowaks.deployer.azure;

/** What {@code az identity show} returns that the guide uses. */
public record IdentityInfo(String clientId, String principalId, String tenantId) {
}
