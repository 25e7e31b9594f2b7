package dev.airflowaks.reports.html;

import dev.airflowaks.reports.model.Evidence;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * The renderer's last line of defence: evidence is redacted by its producer, but a report is shared widely, so any
 * Secret's {@code data}/{@code stringData} values that still reach the renderer (YAML or JSON) are replaced by their
 * length and a short SHA-256. Over-redaction is accepted: in a document that holds a Secret, every data map is masked.
 */
final class SecretRedactor {

    private static final Pattern KIND_SECRET = Pattern.compile("(?m)^\\s*(-\\s+)?kind:\\s*[\"']?Secret[\"']?\\s*$");
    private static final Pattern DATA_KEY = Pattern.compile("^(\\s*)(-\\s+)?(data|stringData):\\s*(.*)$");
    private static final Pattern ENTRY = Pattern.compile("^(\\s*)([^\\s#][^:]*):(?:\\s+(.*))?$");
    private static final Pattern DOC_SEPARATOR = Pattern.compile("(?m)^---\\s*$");

    private final JsonMapper json = JsonMapper.builder().build();

    /** The evidence's content with every Secret value replaced. */
    String redact(Evidence e) {
        String content = e.content();
        if (!content.contains("Secret")) {
            return content;
        }
        String trimmed = content.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            try {
                JsonNode tree = json.readTree(content);
                redactJson(tree, false);
                return json.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
            } catch (JacksonException notJson) {
                // fall through: treat it as YAML-like text
            }
        }
        return redactYaml(content);
    }

    static String marker(String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        return "<redacted: " + bytes.length + " bytes, sha256 " + sha256(bytes).substring(0, 12) + ">";
    }

    private void redactJson(JsonNode node, boolean insideSecret) {
        if (node instanceof ObjectNode obj) {
            boolean secret = insideSecret || "Secret".equals(obj.path("kind").asString(""));
            for (Map.Entry<String, JsonNode> field : new ArrayList<>(obj.properties())) {
                String name = field.getKey();
                JsonNode value = field.getValue();
                if (secret && ("data".equals(name) || "stringData".equals(name)) && value instanceof ObjectNode data) {
                    for (Map.Entry<String, JsonNode> entry : new ArrayList<>(data.properties())) {
                        data.set(entry.getKey(), StringNode.valueOf(marker(entry.getValue().asString(entry.getValue().toString()))));
                    }
                } else {
                    redactJson(value, false);
                }
            }
        } else if (node != null && node.isArray()) {
            node.forEach(child -> redactJson(child, false));
        }
    }

    private static String redactYaml(String content) {
        StringBuilder out = new StringBuilder(content.length());
        Matcher sep = DOC_SEPARATOR.matcher(content);
        int start = 0;
        while (sep.find()) {
            out.append(redactYamlDocument(content.substring(start, sep.start()))).append(sep.group());
            start = sep.end();
        }
        return out.append(redactYamlDocument(content.substring(start))).toString();
    }

    private static String redactYamlDocument(String doc) {
        if (!KIND_SECRET.matcher(doc).find()) {
            return doc;
        }
        List<String> lines = doc.lines().toList();
        List<String> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher m = DATA_KEY.matcher(line);
            out.add(m.matches() && !m.group(4).isBlank() && !m.group(4).startsWith("#")
                    ? line.substring(0, m.start(4)) + marker(m.group(4)) : line);
            if (!m.matches() || !m.group(4).isBlank()) {
                continue;
            }
            int keyIndent = m.group(1).length() + (m.group(2) == null ? 0 : m.group(2).length());
            while (i + 1 < lines.size() && (indent(lines.get(i + 1)) > keyIndent || lines.get(i + 1).isBlank())) {
                String child = lines.get(++i);
                Matcher e = ENTRY.matcher(child);
                if (!e.matches() || e.group(3) == null || e.group(3).isBlank()) {
                    out.add(child.isBlank() || !e.matches() ? redactedContinuation(child) : child);
                    continue;
                }
                String value = e.group(3);
                if (value.startsWith("|") || value.startsWith(">")) {
                    int childIndent = indent(child);
                    StringBuilder block = new StringBuilder();
                    while (i + 1 < lines.size() && (indent(lines.get(i + 1)) > childIndent || lines.get(i + 1).isBlank())) {
                        block.append(lines.get(++i).strip()).append('\n');
                    }
                    value = block.toString();
                }
                out.add(child.substring(0, e.end(2) + 1) + " " + marker(value));
            }
        }
        String joined = String.join("\n", out);
        return doc.endsWith("\n") ? joined + "\n" : joined;
    }

    private static String redactedContinuation(String line) {
        return line.isBlank() ? line : " ".repeat(indent(line)) + marker(line.strip());
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return line.isBlank() ? Integer.MAX_VALUE : n;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java runtime", e);
        }
    }
}
