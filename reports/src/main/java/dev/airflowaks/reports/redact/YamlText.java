package dev.airflowaks.reports.redact;

import java.util.List;
import org.snakeyaml.engine.v2.api.Dump;
import org.snakeyaml.engine.v2.api.DumpSettings;
import org.snakeyaml.engine.v2.common.FlowStyle;

/** Parsed documents back to block-style YAML, documents separated by {@code ---} as kubectl prints them. */
final class YamlText {

    private YamlText() {
    }

    static String dumpAll(List<Object> documents) {
        Dump dump = new Dump(DumpSettings.builder().setDefaultFlowStyle(FlowStyle.BLOCK).setWidth(160).build());
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < documents.size(); i++) {
            out.append(i == 0 ? "" : "---\n").append(dump.dumpToString(documents.get(i)));
        }
        return out.toString();
    }
}
