package dev.airflowaks.conformance.wait;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The resolved budget per {@link WaitBudget}: defaults overridden by configuration parameters. */
public final class WaitBudgets {

    private final Map<WaitBudget, Duration> budgets;

    private WaitBudgets(Map<WaitBudget, Duration> budgets) {
        this.budgets = budgets;
    }

    public static WaitBudgets defaults() {
        return from(k -> Optional.empty());
    }

    /** Reads {@code conformance.budget.<id>} through the given lookup; a malformed value names the property. */
    public static WaitBudgets from(Function<String, Optional<String>> lookup) {
        return from(lookup, false);
    }

    /** As {@link #from(Function)}, with the twin's shorter defaults when {@code twin} is true. */
    public static WaitBudgets from(Function<String, Optional<String>> lookup, boolean twin) {
        Map<WaitBudget, Duration> map = new EnumMap<>(WaitBudget.class);
        for (WaitBudget b : WaitBudget.values()) {
            Duration d = lookup.apply(b.property()).map(v -> parse(b, v))
                    .orElse(twin ? b.twinBudget() : b.defaultBudget());
            map.put(b, d);
        }
        return new WaitBudgets(map);
    }

    private static Duration parse(WaitBudget b, String value) {
        try {
            Duration d = Duration.parse(value.trim());
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(b.property() + " must be positive, got " + value);
            }
            return d;
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(b.property() + " must be an ISO-8601 duration such as PT30S, got '"
                    + value + "'", e);
        }
    }

    public Duration of(WaitBudget budget) {
        return budgets.get(budget);
    }
}
