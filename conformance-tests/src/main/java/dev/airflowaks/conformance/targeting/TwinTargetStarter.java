package dev.airflowaks.conformance.targeting;

import dev.airflowaks.conformance.expect.ExpectationsResolver;
import dev.airflowaks.conformance.profile.RunProfile;
import dev.airflowaks.deployer.interrupt.Interruption;
import dev.airflowaks.deployer.steps.Budgets;
import dev.airflowaks.targets.Target;
import dev.airflowaks.targets.faults.FaultSet;
import dev.airflowaks.targets.launch.ClusterLauncher;
import dev.airflowaks.targets.launch.ClusterLauncher.OfflineCharts;
import dev.airflowaks.targets.launch.ClusterLauncher.StartedCluster;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * The suite's own targets. The twin: starts the embedded twin (simulated cluster + Azure endpoints, with the requested
 * faults), then applies the deploy guide to it with the deployer and the offline test charts, exactly as a user's
 * {@code twin start} + {@code apply} would; with {@link RunProfile#LOCAL} it deploys the local profile instead (no
 * Azure call; the twin's kubelet also accepts the local profile's public images). The user's own KUBECONFIG and Azure
 * variables are never read for the twin. k3s: see {@link K3sTargetStarter}.
 */
public final class TwinTargetStarter implements TargetStarter {

    /**
     * The healthy guide is Ready on the twin within seconds, so a Helm hook or workload still waiting after a minute
     * is stuck on a fault; waiting out a real cluster's ten minutes would only delay the verdict.
     */
    static final Budgets TWIN_BUDGETS = new Budgets(Duration.ofSeconds(60), Duration.ofSeconds(60),
            Duration.ofSeconds(30));

    @Override
    public Target startTwin(FaultSet faults, RunProfile profile) {
        return startTwin(faults, profile, false);
    }

    @Override
    public Target startTwin(FaultSet faults, RunProfile profile, boolean verbatim) {
        return startTwin(faults, profile, verbatim, Interruption.none());
    }

    @Override
    public Target startTwin(FaultSet faults, RunProfile profile, boolean verbatim, Interruption interruption) {
        GuideDeployment deployment = new DeployerDeployment("twin", TWIN_BUDGETS, verbatim)
                .interruptedBy(interruption);
        TempWorkDir work = TempWorkDir.create("airflow-aks-run-");
        try (CloseOnFailure deleteWork = new CloseOnFailure(work)) {
            ClusterLauncher launcher = ClusterLauncher.installed();
            StartedCluster twin = launcher.startTwin(faults, TwinProfileOptions.publicImages(profile),
                    work.path().resolve("kubeconfig"), work.path().resolve("twin.env"));
            try (CloseOnFailure stopTwin = new CloseOnFailure(twin)) {
                Map<String, String> env = new HashMap<>(ExpectationsResolver.readEnvFile(
                        work.path().resolve("twin.env")));
                OfflineCharts charts = launcher.extractCharts(work.path().resolve("charts"));
                Map<String, String> deployEnv = new HashMap<>(env);
                deployEnv.put("AIRFLOW_AKS_ESO_CHART", charts.eso().toString());
                deployEnv.put("AIRFLOW_AKS_AIRFLOW_CHART", charts.airflow().toString());
                deployEnv.put(RunProfile.VARIABLE, profile.id());
                env.putAll(deployment.apply(twin.kubeconfig(), deployEnv, work.path()));
                env.put(RunProfile.VARIABLE, profile.id());
                Target target = new TwinTarget(twin, env, work);
                stopTwin.keep();
                deleteWork.keep();
                return target;
            }
        }
    }

    @Override
    public Target startK3s(Map<String, String> userEnvironment) {
        return new K3sTargetStarter().start(userEnvironment);
    }

    @Override
    public Target startK3s(Map<String, String> userEnvironment, Interruption interruption) {
        return new K3sTargetStarter().start(userEnvironment, interruption);
    }
}
