package dev.airflowaks.conformance.wait;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Time-to-Ready per component, filled once per run by the {@link ReadinessGate}; read by the results model. */
public final class ReadinessTimeline {

    private final List<ComponentReadiness> entries = Collections.synchronizedList(new ArrayList<>());

    public void record(ComponentReadiness entry) {
        entries.add(entry);
    }

    public List<ComponentReadiness> entries() {
        synchronized (entries) {
            return List.copyOf(entries);
        }
    }
}
