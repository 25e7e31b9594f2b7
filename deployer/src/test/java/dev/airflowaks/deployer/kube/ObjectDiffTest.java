package dev.airflowaks.deployer.kube;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ObjectDiffTest {

    @Test
    void fieldsAddedByTheServerAreNotDrift() {
        Map<String, Object> desired = Map.of("metadata", Map.of("name", "x", "labels", Map.of("a", "1")));
        Map<String, Object> live = Map.of("metadata", Map.of("name", "x", "uid", "u", "labels",
                Map.of("a", "1", "b", "2")), "status", Map.of("phase", "Active"));
        assertEquals(List.of(), ObjectDiff.diff(desired, live));
    }

    @Test
    void changedAndMissingFieldsAreListedWithPaths() {
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("replicas", 2);
        spec.put("modes", List.of("a", "b"));
        spec.put("x", "y");
        Map<String, Object> live = Map.of("spec", Map.of("replicas", 1, "modes", List.of("a")));
        assertEquals(List.of("spec.replicas: 1 -> 2", "spec.modes: [a] -> [a, b]", "spec.x: (none) -> \"y\""),
                ObjectDiff.diff(Map.of("spec", spec), live));
    }

    @Test
    void secretDataIsNeverShown() {
        List<String> diff = ObjectDiff.diff(Map.of("data", Map.of("key", "c2VjcmV0")),
                Map.of("data", Map.of("key", "b2xk")));
        assertEquals(List.of("data.key: (sensitive) -> (sensitive)"), diff);
    }

    @Test
    void numbersOfTheSameValueAreEqual() {
        assertEquals(List.of(), ObjectDiff.diff(Map.of("port", 8080), Map.of("port", 8080L)));
    }
}
