package dev.airflowaks.cli.verify;

import dev.airflowaks.conformance.targeting.RunSettings;
import dev.airflowaks.conformance.launcher.RunRequest;
import dev.airflowaks.conformance.launcher.TargetPreflight;
import dev.airflowaks.targets.Capability;
import picocli.CommandLine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code --target twin|k3s|aks} (with {@code --kubeconfig}, {@code --env-file}, {@code --profile}) as the same
 * {@link RunRequest} that {@code -Dconformance.target=...} makes under Maven, checked before anything starts: a bad
 * combination, k3s without Docker or AKS without the guide's variables is bad input (exit 3) naming the fix.
 */
final class TargetRequest {

    static final Set<String> TARGETS = Set.of("twin", "k3s", "aks");

    private TargetRequest() {
    }

    /**
     * @param target       {@code twin}, {@code k3s} or {@code aks}
     * @param kubeconfig   for {@code aks} only: use this file instead of ARM's
     * @param profile      {@code guide} or {@code local}, may be null
     * @param capabilities what to assume beyond the target's own, empty to let the target declare them
     */
    static RunRequest build(CommandLine cl, String target, Path kubeconfig, Path envFile, String profile,
                            Optional<Set<Capability>> capabilities, Path evidenceDir, boolean readinessGate) {
        String t = target.strip().toLowerCase(java.util.Locale.ROOT);
        if (!TARGETS.contains(t)) {
            throw new CommandLine.ParameterException(cl, "--target " + target + ": use twin, k3s or aks");
        }
        if (kubeconfig != null && !"aks".equals(t)) {
            throw new CommandLine.ParameterException(cl, "--kubeconfig does not fit --target " + t + ": the " + t
                    + " target starts its own cluster (drop --target to verify the cluster of a kubeconfig)");
        }
        if (kubeconfig != null && !Files.isRegularFile(kubeconfig)) {
            throw new CommandLine.ParameterException(cl, "--kubeconfig " + kubeconfig
                    + " does not exist or is not a file");
        }
        if (envFile != null && !Files.isRegularFile(envFile)) {
            throw new CommandLine.ParameterException(cl, "--env-file " + envFile + " does not exist");
        }
        RunRequest request = new RunRequest(t, Optional.ofNullable(kubeconfig), Optional.ofNullable(envFile),
                capabilities, evidenceDir, readinessGate, Map.of());
        return profile == null ? request : request.withParameter(RunSettings.PROFILE, profile);
    }

    /** Runs the preflight; its complaint becomes bad input with the option's words. */
    static void preflight(CommandLine cl, TargetPreflight preflight, RunRequest request) {
        try {
            preflight.check(request);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(cl, e.getMessage().replace("-D" + RunSettings.PROFILE, "--profile")
                    .replace(RunSettings.PROFILE, "--profile"));
        }
    }
}
