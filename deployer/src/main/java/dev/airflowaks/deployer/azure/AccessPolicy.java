package dev.airflowaks.deployer.azure;

import java.util.List;
import java.util.Locale;

/** One Key Vault access policy entry, reduced to what the guide sets: secret permissions for an object id. */
public record AccessPolicy(String tenantId, String objectId, List<String> secretPermissions) {

    public AccessPolicy {
        secretPermissions = secretPermissions.stream().map(p -> p.toLowerCase(Locale.ROOT)).toList();
    }

    public boolean grantsSecretGet() {
        return secretPermissions.contains("get") || secretPermissions.contains("all");
    }
}
