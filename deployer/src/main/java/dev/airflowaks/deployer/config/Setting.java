package dev.airflowaks.deployer.config;

/**
 * One resolved value and where it came from, so the one-time log can answer "why is it this value?".
 *
 * @param value  the raw string, never null
 * @param source {@code env}, {@code file <path>}, {@code flag}, {@code default} or {@code azure lookup}
 */
public record Setting(String value, String source) {
}
