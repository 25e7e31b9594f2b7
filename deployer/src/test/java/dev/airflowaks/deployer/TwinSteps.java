package dev.airflowaks.deployer;

import dev.airflowaks.deployer.steps.EsoChartStep;
import dev.airflowaks.deployer.steps.ReadinessStep;
import dev.airflowaks.deployer.steps.Step;
import java.util.ArrayList;
import java.util.List;

/**
 * The guide's steps as the twin tests run them. {@link #FULL} is every step. Until the twin reports pod readiness
 * (see the deployer report: Pod condition Ready stays False after the containers are ready), {@link #current()}
 * leaves out the readiness waits (ESO's helm --wait and step 11) and says so; everything else runs unchanged.
 */
final class TwinSteps {

    /** Flip to true once the twin's pods turn Ready; then the twin tests run all eleven steps. */
    static final boolean FULL = Boolean.getBoolean("airflowaks.twin.fullReadiness");

    private TwinSteps() {
    }

    static List<Step> current() {
        if (FULL) {
            return GuideSteps.all();
        }
        List<Step> out = new ArrayList<>();
        for (Step s : GuideSteps.all()) {
            if (s instanceof ReadinessStep) {
                continue;
            }
            out.add(s instanceof EsoChartStep ? new EsoChartStep(false) : s);
        }
        return out;
    }
}
