package dev.airflowaks.conformance.azure;

import java.util.List;

/** One Key Vault access policy: who ({@code objectId}) may do what with secrets. */
public record AccessPolicyInfo(String objectId, List<String> secretPermissions) {

    public AccessPolicyInfo {
        secretPermissions = secretPermissions == null ? List.of()
                : secretPermissions.stream().map(p -> p.toLowerCase(java.util.Locale.ROOT)).toList();
    }

    public boolean grantsSecretGet() {
        return secretPermissions.contains("get") || secretPermissions.contains("all");
    }
}
