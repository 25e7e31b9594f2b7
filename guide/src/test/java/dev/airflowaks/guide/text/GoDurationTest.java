package dev.airflowaks.guide.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GoDurationTest {

    @Test
    void parsesGoDurations() {
        assertEquals(Duration.ofHours(1), GoDuration.parse("1h"));
        assertEquals(Duration.ofMinutes(90), GoDuration.parse("1h30m"));
        assertEquals(Duration.ofMillis(500), GoDuration.parse("500ms"));
        assertEquals(Duration.ofMillis(1500), GoDuration.parse("1.5s"));
        assertEquals(Duration.ZERO, GoDuration.parse("0"));
    }

    @Test
    void rejectsWhatGoRejectsNamingTheText() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> GoDuration.parse("1 hour"));
        assertTrue(e.getMessage().contains("\"1 hour\""), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> GoDuration.parse("15"));
        assertThrows(IllegalArgumentException.class, () -> GoDuration.parse(""));
    }

    @Test
    void formatsAsGosStringDoes() {
        assertEquals("1h0m0s", GoDuration.format(3_600_000_000_000L));
        assertEquals("1m30s", GoDuration.format(90_000_000_000L));
        assertEquals("1.5s", GoDuration.format(1_500_000_000L));
        assertEquals("300ms", GoDuration.format(300_000_000L));
        assertEquals("0s", GoDuration.format(0));
    }

    @Test
    void formatThenParseIsTheSameDuration() {
        for (long nanos : new long[] {1, 1_500, 300_000_000L, 90_000_000_000L, 3_723_000_000_000L}) {
            assertEquals(Duration.ofNanos(nanos), GoDuration.parse(GoDuration.format(nanos)), String.valueOf(nanos));
        }
    }
}
