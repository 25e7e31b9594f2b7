package dev.airflowaks.deployer.teardown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TeardownTest {

    @Test
    void unwindsInReverseAndContinuesPastFailures() {
        List<String> ran = new ArrayList<>();
        Teardown t = new Teardown();
        t.register("first", () -> ran.add("first"));
        t.register("broken", () -> {
            throw new IllegalStateException("boom");
        });
        t.register("last", () -> ran.add("last"));
        assertEquals(List.of("last", "broken", "first"), t.pending());
        assertEquals(List.of("broken: boom"), t.unwind());
        assertEquals(List.of("last", "first"), ran);
        assertEquals(List.of(), t.pending());
    }

    @Test
    void commitForgetsEverything() {
        List<String> ran = new ArrayList<>();
        Teardown t = new Teardown();
        t.register("x", () -> ran.add("x"));
        t.commit();
        assertEquals(List.of(), t.unwind());
        assertEquals(List.of(), ran);
    }
}
