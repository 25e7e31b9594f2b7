package dev.airflowaks.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GuideStepIdTest {

    @Test
    void numbersCountWithinEachArticleInTheArticlesOrder() {
        assertEquals(1, GuideStepId.RESOURCE_GROUP.number());
        assertEquals(1, GuideStepId.NAMESPACE.number());
        assertEquals(GuideStepId.of(Article.DEPLOY).size(), GuideStepId.PRODUCTION.number());
        assertEquals("deploy guide, step 'federated credential'", GuideStepId.FEDERATED_CREDENTIAL.reference());
    }

    @Test
    void everyStepLinksIntoItsArticleAndShortNamesAreUnique() {
        Set<String> names = new HashSet<>();
        for (GuideStepId step : GuideStepId.values()) {
            assertTrue(step.url().startsWith(step.article().url() + "#"), step.name());
            assertTrue(names.add(step.shortName()), "short name used twice: " + step.shortName());
        }
    }
}
