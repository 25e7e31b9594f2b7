package dev.airflowaks.cli.deploy;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 17 point 9: a deploy command's temporary {@code airflow-aks-*} folder goes; a {@code --work-dir} stays. */
class WorkDirTest {

    @Test
    void theTemporaryFolderIsRemovedWithWhatWasWrittenInIt() throws Exception {
        Path path;
        try (WorkDir work = WorkDir.of(null)) {
            path = work.path();
            assertTrue(path.getFileName().toString().startsWith("airflow-aks-"));
            Files.writeString(Files.createDirectories(path.resolve("helm/cache")).resolve("index.yaml"), "x");
        }
        assertFalse(Files.exists(path), path + " left behind");
    }

    @Test
    void aGivenWorkDirIsKept(@TempDir Path dir) throws Exception {
        Path given = dir.resolve("work");
        try (WorkDir work = WorkDir.of(given)) {
            Files.writeString(work.path().resolve("values.yaml"), "x");
        }
        assertTrue(Files.exists(given.resolve("values.yaml")));
    }
}
