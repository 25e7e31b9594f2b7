package dev.airflowaks.reports.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes a {@link RunReport} as JSON, so the process that runs the suite and the one that renders the
 * report need not be the same. Instants and durations are ISO-8601 strings; the derived verdicts and counts are
 * written for readers such as {@code jq} and ignored when reading back.
 */
public final class ReportJson {

    private final JsonMapper mapper;

    /** A codec with the report's fixed settings (pretty-printed, unknown fields tolerated for newer writers). */
    public ReportJson() {
        this.mapper = JsonMapper.builder()
                .enable(SerializationFeature.INDENT_OUTPUT)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(DateTimeFeature.WRITE_DATES_AS_TIMESTAMPS)
                .disable(DateTimeFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
                .addMixIn(RunReport.class, RunReportDerived.class)
                .build();
    }

    /** The report as a JSON document. */
    public String toJson(RunReport report) {
        return mapper.writeValueAsString(report);
    }

    /** Parses a document written by {@link #toJson}; the message names the problem when it is not one. */
    public RunReport fromJson(String json) {
        try {
            return mapper.readValue(json, RunReport.class);
        } catch (JacksonException e) {
            throw new IllegalArgumentException("not a run report: " + e.getOriginalMessage(), e);
        }
    }

    /** Writes the report to {@code file} (UTF-8), creating parent directories. */
    public void write(RunReport report, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, toJson(report), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write run report " + file, e);
        }
    }

    /** Reads a report written by {@link #write}. */
    public RunReport read(Path file) {
        try {
            return fromJson(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read run report " + file, e);
        }
    }

    /** Publishes the derived verdicts in the JSON (read-only: recomputed from the checks when read back). */
    private interface RunReportDerived {
        @JsonProperty(value = "verdict", access = JsonProperty.Access.READ_ONLY)
        Verdict verdict();

        @JsonProperty(value = "readiness", access = JsonProperty.Access.READ_ONLY)
        Grade.Level readiness();

        @JsonProperty(value = "headline", access = JsonProperty.Access.READ_ONLY)
        String headline();

        @JsonProperty(value = "substituted", access = JsonProperty.Access.READ_ONLY)
        int substituted();

        @JsonProperty(value = "rootCause", access = JsonProperty.Access.READ_ONLY)
        String rootCause();

        @com.fasterxml.jackson.annotation.JsonIgnore
        java.util.Optional<CheckResult> headlineCause();

        @com.fasterxml.jackson.annotation.JsonIgnore
        java.util.List<CheckResult> consequences();

        @com.fasterxml.jackson.annotation.JsonIgnore
        java.util.Optional<ApplySummary> applyStop();

        @com.fasterxml.jackson.annotation.JsonIgnore
        boolean applyRefused();

        @JsonProperty(value = "consequences", access = JsonProperty.Access.READ_ONLY)
        java.util.List<String> consequenceIds();
    }
}
