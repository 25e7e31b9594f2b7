package dev.airflowaks.conformance.evidence;

import io.fabric8.kubernetes.api.model.Secret;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Removes known secret values from free text (container logs, event messages) before it is written: a process may
 * print what it was given, and no report may ever carry a Secret value. Both the decoded value and its base64 form
 * (as stored in the Secret) are removed. Values shorter than 6 characters are left alone; they would redact
 * ordinary words.
 */
public final class SecretScrubber {

    static final int MIN_LENGTH = 6;
    private final List<String> values;

    public SecretScrubber(Collection<Secret> secrets) {
        this.values = secrets.stream().filter(s -> s.getData() != null)
                .flatMap(s -> s.getData().values().stream()).filter(Objects::nonNull)
                .flatMap(encoded -> java.util.stream.Stream.of(encoded, decode(encoded)))
                .filter(v -> v.length() >= MIN_LENGTH)
                .distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    public String scrub(String text) {
        if (text == null) {
            return "";
        }
        String out = text;
        for (String v : values) {
            out = out.replace(v, "<redacted secret value>");
        }
        return out;
    }

    private static String decode(String base64) {
        try {
            return new String(Base64.getDecoder().decode(base64), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return base64;
        }
    }
}
