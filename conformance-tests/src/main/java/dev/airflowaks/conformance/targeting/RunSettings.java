package dev.airflowaks.conformance.targeting;

import dev.airflowaks.conformance.profile.RunProfile;
import dev.airflowaks.conformance.wait.WaitBudgets;
import dev.airflowaks.targets.Capability;
import dev.airflowaks.targets.faults.Fault;
import dev.airflowaks.targets.faults.FaultSet;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The run's settings, read from JUnit configuration parameters (which fall back to system properties, so
 * {@code mvn verify -Dconformance.target=k3s} and the launcher's parameters are the same thing).
 */
public record RunSettings(String target, Optional<Path> kubeconfig, Optional<Path> envFile,
                          Optional<Set<Capability>> capabilities, Path evidenceDir, boolean readinessGate,
                          WaitBudgets budgets, FaultSet faults, Optional<RunProfile> profile,
                          boolean waitAll, boolean verbatim) {

    public static final String TARGET = "conformance.target";
    public static final String KUBECONFIG = "conformance.kubeconfig";
    public static final String ENV_FILE = "conformance.env-file";
    /** Comma-separated {@link Capability} names, overriding what the target declares (e.g. {@code AZURE}). */
    public static final String CAPABILITIES = "conformance.capabilities";
    public static final String EVIDENCE_DIR = "conformance.evidence.dir";
    /** {@code false} skips the readiness gate (for a quick re-check of a settled cluster). */
    public static final String READINESS_GATE = "conformance.readiness-gate";
    /** Comma-separated twin fault ids ({@code federated-subject-mismatch,...}) for a self-started twin. */
    public static final String FAULTS = "conformance.faults";
    /** {@code true} makes the readiness gate wait out every budget instead of stopping on a terminal cause. */
    public static final String WAIT_ALL = "conformance.wait-all";
    /**
     * {@code guide} or {@code local}: the profile to deploy onto a self-started twin, or to judge a
     * {@code --kubeconfig} cluster by. k3s always runs {@code local}, AKS always {@code guide}; a target whose
     * environment declares {@code AIRFLOW_AKS_PROFILE} is judged by that.
     */
    public static final String PROFILE = "conformance.profile";
    /** {@code true}: the twin target deploys the guide exactly as published, without the deployer's deviations. */
    public static final String VERBATIM = "conformance.verbatim";
    /**
     * Where the command that launched the suite puts its {@link dev.airflowaks.deployer.interrupt.Interruption}: the
     * launcher session's store, under this namespace part and key (objects do not fit configuration parameters).
     */
    public static final String INTERRUPTION = "airflow-aks.interruption";

    /** Where the launching command puts its {@link ConnectedCluster}, the same way as {@link #INTERRUPTION}. */
    public static final String CONNECTED = "airflow-aks.connected-cluster";

    public static RunSettings from(Function<String, Optional<String>> params) {
        String target = params.apply(TARGET).map(String::trim).filter(s -> !s.isEmpty()).orElse("twin")
                .toLowerCase(Locale.ROOT);
        if (!Set.of("twin", "k3s", "aks", "kubeconfig").contains(target)) {
            throw new IllegalArgumentException(TARGET + " must be twin, k3s or aks, got '" + target + "'");
        }
        return new RunSettings(target, params.apply(KUBECONFIG).map(Path::of), params.apply(ENV_FILE).map(Path::of),
                params.apply(CAPABILITIES).map(RunSettings::parseCapabilities),
                params.apply(EVIDENCE_DIR).map(Path::of).orElse(Path.of("target", "conformance-evidence")),
                params.apply(READINESS_GATE).map(Boolean::parseBoolean).orElse(true),
                WaitBudgets.from(params, "twin".equals(target)), params.apply(FAULTS).map(RunSettings::parseFaults)
                .orElse(FaultSet.none()), profile(target, params.apply(PROFILE)),
                params.apply(WAIT_ALL).map(Boolean::parseBoolean).orElse(false),
                params.apply(VERBATIM).map(Boolean::parseBoolean).orElse(false));
    }

    /** The requested profile, refused where the target fixes another one (k3s is local, AKS is the guide). */
    static Optional<RunProfile> profile(String target, Optional<String> value) {
        Optional<RunProfile> p = value.filter(v -> !v.isBlank()).map(v -> RunProfile.parse(v, PROFILE));
        if ("k3s".equals(target) && p.orElse(RunProfile.LOCAL) != RunProfile.LOCAL) {
            throw new IllegalArgumentException(PROFILE + "=" + value.orElse("") + " does not fit target k3s: k3s has no"
                    + " Azure and always runs the local profile; drop " + PROFILE + " or choose target twin");
        }
        if ("aks".equals(target) && p.orElse(RunProfile.GUIDE) != RunProfile.GUIDE) {
            throw new IllegalArgumentException(PROFILE + "=" + value.orElse("") + " does not fit target aks: AKS runs"
                    + " the guide itself; drop " + PROFILE + " or choose target twin or k3s");
        }
        return p;
    }

    static FaultSet parseFaults(String csv) {
        return FaultSet.of(Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty())
                .map(Fault::parse).toList());
    }

    static Set<Capability> parseCapabilities(String csv) {
        Set<Capability> out = EnumSet.noneOf(Capability.class);
        for (String raw : csv.split(",")) {
            String name = raw.trim().toUpperCase(Locale.ROOT).replace('-', '_');
            if (name.isEmpty()) {
                continue;
            }
            try {
                out.add(Capability.valueOf(name));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(CAPABILITIES + ": unknown capability '" + raw.trim()
                        + "'; valid: " + Arrays.toString(Capability.values()), e);
            }
        }
        return out;
    }
}
