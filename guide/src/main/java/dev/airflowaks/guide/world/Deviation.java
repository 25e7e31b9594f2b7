package dev.airflowaks.guide.world;

import dev.airflowaks.guide.GuideStepId;
import java.time.LocalDate;
import java.util.Map;

/**
 * A place where the deployer does something other than the published guide, because the world changed under the
 * guide. {@code plan} lists these in their own section, the report shows them, and {@code --verbatim} turns them
 * off to show what the published guide does today. Read from the {@code deviations:} rows of
 * {@code world-facts.yaml}, so the reason and source shown to users are the same text the twin models.
 *
 * @param id      stable key, for example {@code postgresql-from-bitnamilegacy}
 * @param step    the guide step the deviation belongs to
 * @param summary what the deployer does instead, in one sentence
 * @param reason  why the published step no longer works
 * @param since   when the world changed
 * @param source  where that is documented
 * @param values  what code needs to carry it out, for example {@code source}, {@code target}
 */
public record Deviation(String id, GuideStepId step, String summary, String reason, LocalDate since, String source,
                        Map<String, Object> values) {

    public Deviation {
        values = Map.copyOf(values);
    }

    /** A required text value; the message names the deviation and the key when it is missing. */
    public String text(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("deviation '" + id + "' has no value '" + key + "'");
        }
        return value.toString();
    }
}
