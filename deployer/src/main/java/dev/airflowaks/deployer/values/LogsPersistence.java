package dev.airflowaks.deployer.values;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code logs.persistence}: the logs go to the guide's pre-created claim on blob storage. */
public record LogsPersistence(boolean enabled, String existingClaim, String storageClassName) {

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enabled", enabled);
        m.put("existingClaim", existingClaim);
        m.put("storageClassName", storageClassName);
        return m;
    }
}
