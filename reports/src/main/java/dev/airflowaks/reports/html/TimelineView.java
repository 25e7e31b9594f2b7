package dev.airflowaks.reports.html;

import dev.airflowaks.reports.model.TimelineEntry;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * Time to Ready per component on one scale (timeline.jte), so the slowest component, and one that never became
 * Ready, is visible at a glance without a chart library.
 */
final class TimelineView {

    private TimelineView() {
    }

    /** The scale's end: the longest time to Ready, at least 1 ms. */
    static Duration max(List<TimelineEntry> entries) {
        return Duration.ofMillis(Math.max(1, entries.stream().map(TimelineEntry::timeToReady)
                .mapToLong(Duration::toMillis).max().orElse(1)));
    }

    /** A bar's CSS width, "37.5%", never narrower than half a percent so a fast component still shows. */
    static String width(TimelineEntry e, Duration max) {
        double pct = Math.max(0.5, 100.0 * e.timeToReady().toMillis() / max.toMillis());
        return String.format(Locale.ROOT, "width:%.1f%%", pct);
    }
}
