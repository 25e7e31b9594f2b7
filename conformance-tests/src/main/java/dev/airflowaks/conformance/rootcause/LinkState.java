package dev.airflowaks.conformance.rootcause;

import dev.airflowaks.conformance.guide.GuideStep;

/**
 * What a link of the dependency chain looks like right now. A broken link names the guide step that fixes it;
 * a healthy one still carries a short state ("Bound") so the rendered chain reads like an explanation.
 */
public record LinkState(boolean broken, String text, GuideStep fix) {

    public static LinkState ok(String text) {
        return new LinkState(false, text, null);
    }

    public static LinkState broken(String text, GuideStep fix) {
        return new LinkState(true, text, fix);
    }
}
