package dev.airflowaks.reports.model;

import java.util.Objects;

/**
 * One attachment that shows why a check failed: Events, describe-style status, container logs, or YAML. The
 * producer redacts before constructing it (Secret {@code data} values replaced by length and hash), because the
 * model is written to disk and rendered as is.
 *
 * @param name      what it is, for example "events: pod airflow-scheduler-0"
 * @param mediaType for example {@code text/plain}, {@code application/yaml}, {@code application/json}
 * @param content   the text, already redacted
 */
public record Evidence(String name, String mediaType, String content) {

    public Evidence {
        Objects.requireNonNull(name, "name");
        mediaType = mediaType == null || mediaType.isBlank() ? "text/plain" : mediaType;
        content = content == null ? "" : content;
    }

    /** Plain-text evidence. */
    public static Evidence text(String name, String content) {
        return new Evidence(name, "text/plain", content);
    }

    /** YAML evidence (already redacted). */
    public static Evidence yaml(String name, String content) {
        return new Evidence(name, "application/yaml", content);
    }
}
