package dev.airflowaks.deployer.values;

import java.util.LinkedHashMap;
import java.util.Map;

/** {@code dags.gitSync}: where the DAGs come from. */
public record GitSync(boolean enabled, String repo, String branch, String rev, int depth, int maxFailures,
                      String subPath) {

    Map<String, Object> toMap() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("enabled", enabled);
        m.put("repo", repo);
        m.put("branch", branch);
        m.put("rev", rev);
        m.put("depth", depth);
        m.put("maxFailures", maxFailures);
        m.put("subPath", subPath);
        return m;
    }
}
