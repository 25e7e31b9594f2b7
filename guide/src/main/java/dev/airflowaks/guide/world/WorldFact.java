package dev.airflowaks.guide.world;

import java.time.LocalDate;
import java.util.Map;

/**
 * One dated, sourced fact about a component outside this project (a registry, a chart, a controller, an API
 * server) that the twin models or the deployer copes with. Code reads its numbers and messages from here, so an
 * upstream change is a one-line edit of {@code world-facts.yaml}.
 *
 * @param id      stable key, for example {@code eso.requeue-backoff}
 * @param summary the behaviour in one sentence, as the report and docs show it
 * @param since   when the behaviour started (or was last confirmed, for long-standing behaviour)
 * @param source  where it is documented: an issue thread, a doc page, a source file at a tag
 * @param values  the numbers and messages code needs, for example {@code baseMillis: 5}
 */
public record WorldFact(String id, String summary, LocalDate since, String source, Map<String, Object> values) {

    public WorldFact {
        values = Map.copyOf(values);
    }

    /** A required text value; the message names the fact and the key when it is missing. */
    public String text(String key) {
        Object value = values.get(key);
        if (value == null) {
            throw new IllegalStateException("world fact '" + id + "' has no value '" + key + "'");
        }
        return value.toString();
    }

    /** A required numeric value. */
    public long number(String key) {
        return Long.parseLong(text(key));
    }
}
