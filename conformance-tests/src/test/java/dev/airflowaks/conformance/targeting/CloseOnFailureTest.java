package dev.airflowaks.conformance.targeting;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CloseOnFailureTest {

    @Test
    void closesUnlessKept() {
        AtomicInteger closed = new AtomicInteger();
        assertThrows(IllegalStateException.class, () -> {
            try (CloseOnFailure guard = new CloseOnFailure(closed::incrementAndGet)) {
                throw new IllegalStateException("apply failed");
            }
        });
        assertEquals(1, closed.get());
        try (CloseOnFailure guard = new CloseOnFailure(closed::incrementAndGet)) {
            guard.keep();
        }
        assertEquals(1, closed.get(), "a kept resource stays open");
    }
}
