package dev.airflowaks.deployer.values;

import java.util.LinkedHashMap;
import java.util.Map;

/** One image entry of the chart's {@code images} block. */
public record ImageRef(String repository, String tag, String pullPolicy) {

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("repository", repository);
        m.put("tag", tag);
        m.put("pullPolicy", pullPolicy);
        return m;
    }
}
