package dev.airflowaks.reports.html;

import dev.airflowaks.reports.model.RunReport;

/** Lets tests in other packages use the sample run. */
public final class SampleReportsAccess {

    private SampleReportsAccess() {
    }

    public static RunReport mixed() {
        return SampleReports.mixed();
    }
}
