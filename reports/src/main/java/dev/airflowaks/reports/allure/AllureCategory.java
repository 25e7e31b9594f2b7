package dev.airflowaks.reports.allure;

import java.util.List;
import java.util.Objects;

/**
 * One entry of Allure's {@code categories.json}: failures whose message (or trace) matches a pattern are grouped
 * under a name that says which guide step to redo, instead of Allure's generic "Product defects".
 *
 * @param name            the category title shown in Allure, naming the guide step
 * @param description     what the pattern means and where to look
 * @param matchedStatuses Allure statuses ({@code failed}, {@code broken}) the category applies to
 * @param messageRegex    Java regex the whole failure message must match (Allure uses {@code matches()}), or null
 * @param traceRegex      Java regex for the stack trace, or null
 */
public record AllureCategory(String name, String description, List<String> matchedStatuses, String messageRegex,
                             String traceRegex) {

    public AllureCategory {
        Objects.requireNonNull(name, "name");
        matchedStatuses = List.copyOf(matchedStatuses);
    }
}
