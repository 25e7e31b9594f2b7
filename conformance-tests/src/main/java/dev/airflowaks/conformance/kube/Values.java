package dev.airflowaks.conformance.kube;

import java.util.Map;
import java.util.Optional;

/** Reads dotted paths out of Helm values maps. */
public final class Values {

    private Values() {
    }

    public static Optional<Object> at(Map<String, Object> values, String path) {
        Object current = values;
        for (String part : path.split("\\.")) {
            if (!(current instanceof Map<?, ?> map)) {
                return Optional.empty();
            }
            current = map.get(part);
        }
        return Optional.ofNullable(current);
    }

    /** Compares as text so that 1, 1.0 and "1" from YAML/JSON round trips agree. */
    public static boolean same(Object expected, Object actual) {
        if (actual == null) {
            return false;
        }
        String a = String.valueOf(actual);
        String e = String.valueOf(expected);
        return e.equals(a) || (a.endsWith(".0") && e.equals(a.substring(0, a.length() - 2)));
    }
}
