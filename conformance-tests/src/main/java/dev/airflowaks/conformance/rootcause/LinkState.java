package dev.airflowaks.conformance.rootcause;

import dev.airflowaks.guide.GuideStepId;

/**
 * What a link of the dependency chain looks like right now. A broken link names the guide step that fixes it;
 * a healthy one still carries a short state ("Bound") so the rendered chain reads like an explanation. An absent
 * object is broken too, but is only explained by its dependencies when it is derived from them.
 */
public record LinkState(boolean broken, String text, GuideStepId fix, boolean absent) {

    public static LinkState ok(String text) {
        return new LinkState(false, text, null, false);
    }

    public static LinkState broken(String text, GuideStepId fix) {
        return new LinkState(true, text, fix, false);
    }

    /**
     * The object does not exist. Its dependencies cannot explain that (a missing PV is not caused by a missing
     * Secret), unless the link is {@link Link#derived() derived} from them, as ESO's Secret is from its ExternalSecret.
     */
    public static LinkState missing(String text, GuideStepId fix) {
        return new LinkState(true, text, fix, true);
    }
}
