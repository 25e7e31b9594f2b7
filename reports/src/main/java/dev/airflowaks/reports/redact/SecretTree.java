package dev.airflowaks.reports.redact;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Walks parsed YAML/JSON (maps, lists, scalars) and replaces, in place, the values of every Secret and of every ESO
 * fake-provider store it finds at any depth.
 */
final class SecretTree {

    private static final Set<String> STORE_KINDS = Set.of("SecretStore", "ClusterSecretStore");

    private SecretTree() {
    }

    /** Redacts in place; true when anything was replaced or dropped. */
    static boolean redact(Object node) {
        boolean changed = false;
        if (node instanceof Map<?, ?> map) {
            Object kind = map.get("kind");
            if ("Secret".equals(kind)) {
                changed |= secret(cast(map));
            } else if (STORE_KINDS.contains(String.valueOf(kind))) {
                changed |= store(cast(map));
            }
            for (Object child : map.values()) {
                changed |= redact(child);
            }
        } else if (node instanceof List<?> list) {
            for (Object child : list) {
                changed |= redact(child);
            }
        }
        return changed;
    }

    private static boolean secret(Map<String, Object> secret) {
        boolean changed = dropLastApplied(secret);
        if (secret.get("data") instanceof Map<?, ?> data) {
            cast(data).replaceAll((k, v) -> SecretRedactor.marker(decoded(v)));
            changed = true;
        }
        if (secret.get("stringData") instanceof Map<?, ?> data) {
            cast(data).replaceAll((k, v) -> SecretRedactor.marker(String.valueOf(v).getBytes(StandardCharsets.UTF_8)));
            changed = true;
        }
        return changed;
    }

    private static boolean store(Map<String, Object> store) {
        boolean changed = dropLastApplied(store);
        Object spec = store.get("spec");
        Object provider = spec instanceof Map<?, ?> m ? m.get("provider") : null;
        Object fake = provider instanceof Map<?, ?> m ? m.get("fake") : null;
        Object data = fake instanceof Map<?, ?> m ? m.get("data") : null;
        if (data instanceof List<?> entries) {
            for (Object entry : entries) {
                if (entry instanceof Map<?, ?> e && e.get("value") != null) {
                    cast(e).put("value", SecretRedactor.marker(String.valueOf(e.get("value")).getBytes(StandardCharsets.UTF_8)));
                    changed = true;
                }
            }
        }
        return changed;
    }

    private static boolean dropLastApplied(Map<String, Object> object) {
        return object.get("metadata") instanceof Map<?, ?> metadata
                && metadata.get("annotations") instanceof Map<?, ?> annotations
                && annotations.remove(SecretRedactor.LAST_APPLIED) != null;
    }

    /** A data value as the bytes it stands for: base64-decoded, or as written when it is not base64. */
    private static byte[] decoded(Object value) {
        String text = value == null ? "" : String.valueOf(value);
        try {
            return Base64.getDecoder().decode(text.strip());
        } catch (IllegalArgumentException notBase64) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
