package dev.airflowaks.deployer;

import dev.airflowaks.deployer.steps.AirflowChartStep;
import dev.airflowaks.deployer.steps.Step;
import java.util.List;

/**
 * The guide's steps as the twin tests run them. With {@code -Dairflowaks.twin.fullReadiness=true} all eleven run.
 * By default step 10 (the Airflow chart) is left out, and only it, because of one gap of the twin (reported by the
 * deployer, 2026-11-27): client-go 0.35 (Helm 3.21) watches hook Jobs with {@code sendInitialEvents=true} and waits
 * for the {@code k8s.io/initial-events-end} bookmark, which the twin's watch does not send, so Helm's wait for the
 * post-install hooks (migrations, create-user) times out although the Jobs complete and all workloads are Ready.
 */
final class TwinSteps {

    static final boolean FULL = Boolean.getBoolean("airflowaks.twin.fullReadiness");

    private TwinSteps() {
    }

    static List<Step> current() {
        return FULL ? GuideSteps.all()
                : GuideSteps.all().stream().filter(s -> !(s instanceof AirflowChartStep)).toList();
    }
}
