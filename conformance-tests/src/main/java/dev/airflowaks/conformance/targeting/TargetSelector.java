package dev.airflowaks.conformance.targeting;

import dev.airflowaks.conformance.profile.RunProfile;
import dev.airflowaks.deployer.interrupt.Interruption;
import dev.airflowaks.targets.Capability;
import dev.airflowaks.targets.Target;
import dev.airflowaks.targets.TargetKind;
import dev.airflowaks.targets.launch.ClusterLauncher;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Turns {@code -Dconformance.target=twin|k3s|aks} (plus an optional kubeconfig) into a {@link Target}.
 * <ul>
 *   <li>{@code aks}: the fixtures' {@code AksTarget}, which checks the guide's variables before anything is contacted
 *       and takes its kubeconfig from {@code -Dconformance.kubeconfig} / {@code AIRFLOW_AKS_KUBECONFIG} or from ARM
 *       ({@code listClusterUserCredential}). Nothing is deployed: the nightly job runs {@code apply} first.</li>
 *   <li>an explicit kubeconfig otherwise always wins: the suite judges that cluster and starts nothing.</li>
 *   <li>{@code twin} and {@code k3s}: started and deployed by the {@link TargetStarter}.</li>
 * </ul>
 */
public final class TargetSelector {

    private final TargetStarter starter;
    private final Map<String, String> processEnvironment;

    public TargetSelector(TargetStarter starter) {
        this(starter, System.getenv());
    }

    public TargetSelector(TargetStarter starter, Map<String, String> processEnvironment) {
        this.starter = starter;
        this.processEnvironment = Map.copyOf(processEnvironment);
    }

    public Target select(RunSettings settings) {
        return select(settings, Interruption.none());
    }

    /**
     * As {@link #select(RunSettings)}; a target the suite deploys stops its deploy when {@code interruption} is
     * signalled.
     */
    public Target select(RunSettings settings, Interruption interruption) {
        if ("aks".equals(settings.target())) {
            return openAks(settings);
        }
        if (settings.kubeconfig().isPresent()) {
            Set<Capability> caps = settings.capabilities().orElse(defaultCapabilities(settings.target()));
            return new KubeconfigTarget(settings.target(), settings.kubeconfig().get(), caps);
        }
        return switch (settings.target()) {
            case "twin" -> starter.startTwin(settings.faults(), settings.profile().orElse(RunProfile.GUIDE),
                    settings.verbatim(), interruption);
            case "k3s" -> starter.startK3s(userEnvironment(settings), interruption);
            case "kubeconfig" -> new KubeconfigTarget(settings.target(), defaultKubeconfig()
                    .orElseThrow(() -> new IllegalArgumentException("target " + settings.target()
                            + " needs a kubeconfig: pass -D" + RunSettings.KUBECONFIG + "=FILE or set KUBECONFIG")),
                    settings.capabilities().orElse(defaultCapabilities(settings.target())));
            default -> throw new IllegalArgumentException("unknown target " + settings.target());
        };
    }

    /** AKS judges the guide itself, so a user environment that asks for the local profile is refused up front. */
    private Target openAks(RunSettings settings) {
        Map<String, String> env = userEnvironment(settings);
        if (RunProfile.declaredBy(env).orElse(RunProfile.GUIDE) != RunProfile.GUIDE) {
            throw new IllegalArgumentException(RunProfile.VARIABLE + "=" + env.get(RunProfile.VARIABLE)
                    + " does not fit target aks: AKS runs the guide itself; unset " + RunProfile.VARIABLE);
        }
        return ClusterLauncher.installed().open(TargetKind.AKS, env, settings.kubeconfig());
    }

    /** The user's guide variables, chart choices and Azure connection: environment over env file. */
    Map<String, String> userEnvironment(RunSettings settings) {
        return UserEnvironment.of(processEnvironment, settings.envFile());
    }

    /** On AKS everything is real; on an unknown cluster nothing is assumed. */
    static Set<Capability> defaultCapabilities(String target) {
        return "aks".equals(target) ? EnumSet.allOf(Capability.class) : EnumSet.noneOf(Capability.class);
    }

    static Optional<Path> defaultKubeconfig() {
        String env = System.getenv("KUBECONFIG");
        Path p = env != null && !env.isBlank() ? Path.of(env.split(java.io.File.pathSeparator)[0])
                : Path.of(System.getProperty("user.home"), ".kube", "config");
        return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
    }
}
