package dev.airflowaks.conformance.guide;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Issue 16: a check names its step once, with {@code @VerifiesStep}; the build fails on a check that names none
 * (the launcher would not know where to file it), and on a docs/checks.md that no longer matches the checks.
 */
class CheckCatalogueTest {

    private static final Path DOC = Path.of("..", "docs", "checks.md");

    @Test
    void everyCheckClassNamesTheGuideStepItVerifies() {
        List<Class<?>> checks = CheckCatalogue.checkClasses();
        assertTrue(checks.size() >= 11, "the scan finds the check classes, got " + checks);
        List<String> unnamed = checks.stream().filter(c -> CheckLabel.step(c).isEmpty())
                .map(Class::getName).toList();
        assertEquals(List.of(), unnamed, "check classes without @VerifiesStep(GuideStepId.X): annotate each with "
                + "the guide step it verifies");
    }

    @Test
    void theScanWouldCatchACheckWithoutAStep() {
        assertTrue(CheckLabel.step(Unnamed.class).isEmpty());
        assertEquals("Unnamed", CheckLabel.of(Unnamed.class));
    }

    @Test
    void checksRunInTheCataloguesOrderAndShareTheNumberOfTheirStep() {
        List<String> labels = CheckCatalogue.checkClasses().stream().map(CheckLabel::of).toList();
        assertEquals("1. Namespace", labels.get(0));
        assertTrue(labels.indexOf("10. Airflow Helm release") + 1 == labels.indexOf("10. Airflow pods"),
                "two checks of one step run next to each other, by class name: " + labels);
        assertEquals("12. Production readiness", labels.get(labels.size() - 1));
    }

    @Test
    void docsChecksMdIsGeneratedFromTheCatalogue() throws IOException {
        String fresh = new ChecksDoc(Path.of("src", "main", "java"), Path.of("src", "test", "java")).render();
        if (Boolean.getBoolean("checks.doc.write")) {
            Files.writeString(DOC, fresh);
        }
        assertTrue(fresh.contains("| Check | Asserts | Fails in |"), "step → check → assertion → fault test");
        assertEquals(fresh, Files.exists(DOC) ? Files.readString(DOC) : "", "docs/checks.md is stale: regenerate "
                + "it with\n  " + ChecksDoc.REGENERATE);
    }

    static final class Unnamed {
        @Test
        void something() {
        }
    }
}
