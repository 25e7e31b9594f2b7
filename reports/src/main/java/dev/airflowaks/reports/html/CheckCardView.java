package dev.airflowaks.reports.html;

import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.reports.model.Status;
import java.util.ArrayList;
import java.util.List;

/** What check.jte computes from a {@link CheckResult}: the root-cause chain's links and the actual value's diff. */
final class CheckCardView {

    /** One line of the actual value; {@code marked} when it differs from the expected line at the same place. */
    record Line(String text, boolean marked) {
    }

    private CheckCardView() {
    }

    /**
     * A dependency chain ("pod Pending \u2190 PVC Pending \u2190 \u2026") split into links, read top to bottom, the
     * first broken link last; one element when the cause is no chain.
     */
    static List<String> chain(String cause) {
        return List.of(cause.split("\\s+\u2190\\s+"));
    }

    /** The actual value line by line, the lines that differ from the expected one marked for a failed or broken check. */
    static List<Line> actual(CheckResult c) {
        if (c.actual().isBlank() || c.expected().isBlank() || c.status() == Status.PASSED) {
            return List.of(new Line(Html.dash(c.actual()), false));
        }
        List<String> expected = c.expected().lines().toList();
        List<String> actual = c.actual().lines().toList();
        List<Line> lines = new ArrayList<>(actual.size());
        for (int i = 0; i < actual.size(); i++) {
            String line = actual.get(i);
            lines.add(new Line(line, i >= expected.size() || !expected.get(i).equals(line)));
        }
        return lines;
    }
}
