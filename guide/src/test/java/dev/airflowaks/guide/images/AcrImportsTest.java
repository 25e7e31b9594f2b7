package dev.airflowaks.guide.images;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.guide.world.RegistryImage;
import dev.airflowaks.guide.world.WorldFacts;
import org.junit.jupiter.api.Test;

class AcrImportsTest {

    @Test
    void anImportNamesItsCopyAndTheArticlesCommand() {
        ImageImport airflow = AcrImports.GUIDE.get(0);
        assertEquals("airflow", airflow.targetRepository());
        assertEquals("2.9.3", airflow.targetTag());
        assertEquals(GuideStepId.IMPORT_IMAGES.command(), airflow.command("$MY_ACR_REGISTRY"),
                "the step catalogue's command is the article's first import");
        assertEquals("az acr import --name myacr --source quay.io/prometheus/statsd-exporter:v0.26.1 --image "
                + "statsd-exporter:v0.26.1", AcrImports.GUIDE.get(3).command("myacr"));
    }

    @Test
    void everySourceTheArticleImportsIsServedAccordingToTheWorldFacts() {
        WorldFacts facts = WorldFacts.load();
        for (ImageImport i : AcrImports.GUIDE) {
            RegistryImage row = facts.image(i.registry() + "/" + i.image()).orElseThrow(() -> new AssertionError(
                    i + ": no row in world-facts.yaml's images"));
            assertTrue(row.exists(), i + " is gone since " + row.since() + ": " + row.note());
        }
    }
}
