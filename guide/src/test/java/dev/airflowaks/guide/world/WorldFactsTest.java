package dev.airflowaks.guide.world;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class WorldFactsTest {

    @Test
    void theShippedTableSaysTheGuidesPostgresImageIsGoneAndItsLegacyCopyExists() {
        WorldFacts facts = WorldFacts.load();
        RegistryImage gone = facts.image("docker.io/bitnami/postgresql:16.1.0-debian-11-r15").orElseThrow();
        assertFalse(gone.exists());
        assertEquals(LocalDate.of(2025, 8, 28), gone.since());
        assertTrue(gone.source().contains("bitnami/containers#83267"));
        assertTrue(facts.image("docker.io/bitnamilegacy/postgresql:16.1.0-debian-11-r15").orElseThrow().exists());
    }

    @Test
    void everyFactHasADateAndASource() {
        for (WorldFact fact : WorldFacts.load().facts()) {
            assertFalse(fact.source().isBlank(), fact.id());
            assertFalse(fact.summary().isBlank(), fact.id());
        }
    }

    @Test
    void aDuplicateRowIsRefusedWithItsId() {
        String yaml = """
                facts:
                  - {id: a, summary: s, since: 2025-01-01, source: x}
                  - {id: a, summary: s, since: 2025-01-01, source: x}
                """;
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> WorldFacts.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
        assertTrue(e.getMessage().contains("'a' is listed twice"), e.getMessage());
    }

    @Test
    void anUnknownFactOrValueIsNamed() {
        WorldFacts facts = WorldFacts.load();
        assertTrue(assertThrows(IllegalArgumentException.class, () -> facts.fact("nope")).getMessage()
                .contains("'nope'"));
        WorldFact fact = facts.fact("registry.pull-not-found");
        assertEquals(10, fact.number("backoffInitialSeconds"));
        assertTrue(assertThrows(IllegalStateException.class, () -> fact.text("missing")).getMessage()
                .contains("registry.pull-not-found"));
    }

    @Test
    void theBitnamiDeviationNamesTheImportStepTheGoneImageAndItsLegacyCopy() {
        WorldFacts facts = WorldFacts.load();
        Deviation d = facts.deviation("postgresql-from-bitnamilegacy");
        assertEquals(dev.airflowaks.guide.GuideStepId.IMPORT_IMAGES, d.step());
        assertFalse(facts.image(d.text("published")).orElseThrow().exists(), "the published image is gone");
        assertTrue(facts.image(d.text("source")).orElseThrow().exists(), "the copy exists");
        assertEquals(facts.image(d.text("published")).orElseThrow().since(), d.since());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> facts.deviation("nope")).getMessage()
                .contains("'nope'"));
    }

    @Test
    void aDeviationOnAnUnknownStepIsRefused() {
        String yaml = """
                deviations:
                  - {id: d, step: NO_SUCH_STEP, summary: s, reason: r, since: 2025-01-01, source: x}
                """;
        assertThrows(IllegalArgumentException.class,
                () -> WorldFacts.parse(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8))));
    }
}
