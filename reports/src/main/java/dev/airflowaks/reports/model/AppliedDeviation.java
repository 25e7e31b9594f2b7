package dev.airflowaks.reports.model;

import dev.airflowaks.guide.world.Deviation;

/**
 * One deviation from the published guide that the deployer applied in this run (a row of {@code world-facts.yaml}'s
 * {@code deviations:}), kept in the report so that a reader sees where the deployment differs from the guide, why,
 * since when, and on whose word.
 *
 * @param id      the deviation's id, for example {@code postgresql-from-bitnamilegacy}
 * @param summary what the deployer did instead of the guide
 * @param reason  why the guide as published no longer works
 * @param since   the date the outside world changed (ISO)
 * @param source  where that change is documented
 */
public record AppliedDeviation(String id, String summary, String reason, String since, String source) {

    public static AppliedDeviation of(Deviation d) {
        return new AppliedDeviation(d.id(), d.summary(), d.reason(), String.valueOf(d.since()), d.source());
    }
}
