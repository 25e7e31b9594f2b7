package dev.airflowaks.deployer.steps;

import dev.airflowaks.deployer.deviations.ImageDeviation;
import java.util.Optional;

/**
 * What the images step found out about one image the release pulls.
 *
 * @param image     the reference as the rendered release names it
 * @param verdict   found, to import, gone but deployed anyway ({@code --verbatim}), not verifiable, or missing
 * @param where     where it looked and what it was told, in one phrase
 * @param fix       for a missing image, what the user does about it; empty otherwise
 * @param deviation the deviation that imports it, for {@link Verdict#IMPORT}
 */
public record ImageCheck(String image, Verdict verdict, String where, String fix, Optional<ImageDeviation> deviation) {

    public enum Verdict { FOUND, IMPORT, GONE_VERBATIM, UNVERIFIED, MISSING }

    static ImageCheck of(String image, Verdict verdict, String where) {
        return new ImageCheck(image, verdict, where, "", Optional.empty());
    }

    /** As the step's message and {@code plan} print it. */
    public String describe() {
        return "image " + image + ": " + where + (fix.isEmpty() ? "" : " → fix: " + fix);
    }
}
