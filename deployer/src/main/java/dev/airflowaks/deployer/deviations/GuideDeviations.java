package dev.airflowaks.deployer.deviations;

import dev.airflowaks.guide.world.Deviation;
import dev.airflowaks.guide.world.WorldFacts;
import java.util.List;
import java.util.Optional;

/**
 * The deviations from the published guide this run makes: by default every row of {@code world-facts.yaml}'s
 * {@code deviations:} (the deployer fixes what the world broke, and says so), none with {@code --verbatim} (deploy
 * exactly as published, to show what the guide does today). Values, the images step and {@code plan} read the same
 * object, so what plan announces is what apply does.
 */
public final class GuideDeviations {

    private final List<Deviation> known;
    private final boolean verbatim;

    public GuideDeviations(WorldFacts facts, boolean verbatim) {
        this.known = facts.deviations();
        this.verbatim = verbatim;
    }

    /** The deployer's default: every known deviation applied. */
    public static GuideDeviations applied() {
        return new GuideDeviations(WorldFacts.load(), false);
    }

    /** {@code --verbatim}: none applied. */
    public static GuideDeviations verbatim() {
        return new GuideDeviations(WorldFacts.load(), true);
    }

    public boolean isVerbatim() {
        return verbatim;
    }

    /** The deviations this run makes, in the table's order; empty with {@code --verbatim}. */
    public List<Deviation> active() {
        return verbatim ? List.of() : known;
    }

    /** Every deviation the table knows, applied or not: what {@code --verbatim} leaves out. */
    public List<Deviation> known() {
        return known;
    }

    /** The known deviation that replaces the published image {@code ref}, if any (applied or not). */
    public Optional<Deviation> replacing(String ref) {
        return known.stream().filter(d -> d.values().containsKey("published") && d.text("published").equals(ref))
                .findFirst();
    }
}
