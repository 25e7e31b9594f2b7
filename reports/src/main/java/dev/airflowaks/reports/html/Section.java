package dev.airflowaks.reports.html;

import dev.airflowaks.reports.model.RunReport;

/** One part of the report page; the page is the sections in order, so each can be read and tested alone. */
interface Section {

    /** Appends this section's HTML (escaped) to {@code out}; appends nothing when the report has nothing for it. */
    void appendTo(StringBuilder out, RunReport report);
}
