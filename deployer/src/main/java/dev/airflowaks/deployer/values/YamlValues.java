package dev.airflowaks.deployer.values;

import java.util.LinkedHashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;
import org.snakeyaml.engine.v2.schema.CoreSchema;

/**
 * YAML in and out for Helm values, and Helm's merge rule for user overrides (maps merge key by key, everything
 * else replaces). Normalising both sides through the same parser is what lets plan compare generated values with
 * a release's stored values without false drift.
 */
public final class YamlValues {

    // YAML 1.2 core schema, as Helm (Go yaml) reads values: '~' and 'null' are null, 'true' is a boolean.
    private static final LoadSettings LOAD = LoadSettings.builder().setSchema(new CoreSchema()).build();
    private static final DumpSettings DUMP = DumpSettings.builder().setSchema(new CoreSchema())
            .setDefaultFlowStyle(FlowStyle.BLOCK).setIndent(2).setWidth(200).build();

    private YamlValues() {
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> parse(String yaml) {
        if (yaml == null || yaml.isBlank()) {
            return new LinkedHashMap<>();
        }
        Object v = new Load(LOAD).loadFromString(yaml);
        if (v == null) {
            return new LinkedHashMap<>();
        }
        if (!(v instanceof Map)) {
            throw new IllegalArgumentException("values must be a YAML map, got " + v.getClass().getSimpleName());
        }
        return (Map<String, Object>) v;
    }

    public static String dump(Map<String, Object> values) {
        return new Dump(DUMP).dumpToString(values);
    }

    /** The same map after a YAML round trip (numbers, booleans and strings as the parser types them). */
    public static Map<String, Object> normalize(Map<String, Object> values) {
        return parse(dump(values));
    }

    /** Helm's rule: {@code override} wins; nested maps merge recursively. Neither input is modified. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> merge(Map<String, Object> base, Map<String, Object> override) {
        Map<String, Object> out = new LinkedHashMap<>(base);
        override.forEach((k, v) -> {
            Object b = out.get(k);
            if (b instanceof Map && v instanceof Map) {
                out.put(k, merge((Map<String, Object>) b, (Map<String, Object>) v));
            } else {
                out.put(k, v);
            }
        });
        return out;
    }
}
