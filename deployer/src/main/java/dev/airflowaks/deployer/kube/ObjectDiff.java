package dev.airflowaks.deployer.kube;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Compares what we would apply with what is live, the way server-side apply sees it: only the fields we set count.
 * Fields the server or other managers added (status, defaults, uid, ...) are not drift. This is what makes a second
 * apply write nothing: when every desired field already has its value, there is nothing to send.
 *
 * <p>Values under {@code data} and {@code stringData} are masked in the output so a diff never shows a secret.
 */
public final class ObjectDiff {

    private static final Set<String> MASKED = Set.of("data", "stringData");

    /** One differing field, values already masked and quoted for display ({@code (none)} when absent). */
    public record Field(String path, String live, String desired) {
        public String line() {
            return path + ": " + live + " -> " + desired;
        }
    }

    private ObjectDiff() {
    }

    /** @return one line per desired field whose live value differs; empty when live already contains desired */
    public static List<String> diff(Map<String, Object> desired, Map<String, Object> live) {
        return fields(desired, live).stream().map(Field::line).toList();
    }

    /** The differing fields, for callers that print them another way (the unified diff of release drift). */
    public static List<Field> fields(Map<String, Object> desired, Map<String, Object> live) {
        List<Field> out = new ArrayList<>();
        walk("", desired, live, out, false);
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void walk(String path, Object desired, Object live, List<Field> out, boolean masked) {
        if (desired instanceof Map<?, ?> dm) {
            if (!(live instanceof Map<?, ?> lm)) {
                out.add(line(path, live, desired, masked));
                return;
            }
            for (var e : ((Map<String, Object>) dm).entrySet()) {
                String key = e.getKey();
                String p = path.isEmpty() ? key : path + "." + key;
                if (e.getValue() == null) {
                    continue;
                }
                walk(p, e.getValue(), lm.get(key), out, masked || MASKED.contains(key));
            }
            return;
        }
        if (desired instanceof List<?> dl) {
            if (!(live instanceof List<?> ll) || ll.size() != dl.size()) {
                out.add(line(path, live, desired, masked));
                return;
            }
            for (int i = 0; i < dl.size(); i++) {
                walk(path + "[" + i + "]", dl.get(i), ll.get(i), out, masked);
            }
            return;
        }
        if (!scalarEquals(desired, live)) {
            out.add(line(path, live, desired, masked));
        }
    }

    private static boolean scalarEquals(Object desired, Object live) {
        if (Objects.equals(desired, live)) {
            return true;
        }
        // JSON numbers and quantities may come back with another Java type or as strings.
        return desired != null && live != null && String.valueOf(desired).equals(String.valueOf(live));
    }

    private static Field line(String path, Object live, Object desired, boolean masked) {
        return new Field(path, masked ? mask(live) : show(live), masked ? mask(desired) : show(desired));
    }

    private static String mask(Object v) {
        return v == null ? "(none)" : "(sensitive)";
    }

    private static String show(Object v) {
        if (v == null) {
            return "(none)";
        }
        return v instanceof String s ? "\"" + s + "\"" : String.valueOf(v);
    }
}
