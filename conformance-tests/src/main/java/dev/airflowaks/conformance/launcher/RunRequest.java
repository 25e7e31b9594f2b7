package dev.airflowaks.conformance.launcher;

import dev.airflowaks.conformance.targeting.RunSettings;
import dev.airflowaks.targets.Capability;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What to run the suite against: a target name, optionally a kubeconfig (then nothing is started), an env file with
 * the guide's variables, the capabilities to assume, and where evidence goes. Becomes JUnit configuration parameters.
 */
public record RunRequest(String target, Optional<Path> kubeconfig, Optional<Path> envFile,
                         Optional<Set<Capability>> capabilities, Path evidenceDir, boolean readinessGate,
                         Map<String, String> extraParameters) {

    public RunRequest {
        extraParameters = Map.copyOf(extraParameters);
        capabilities = capabilities.map(c -> c.isEmpty() ? Set.<Capability>of() : Set.copyOf(EnumSet.copyOf(c)));
    }

    /** Against a running cluster, as {@code verify --kubeconfig} does. */
    public static RunRequest kubeconfig(Path kubeconfig, Set<Capability> capabilities, Path evidenceDir) {
        return new RunRequest("kubeconfig", Optional.of(kubeconfig), Optional.empty(), Optional.of(capabilities),
                evidenceDir, true, Map.of());
    }

    public RunRequest withEnvFile(Path file) {
        return new RunRequest(target, kubeconfig, Optional.of(file), capabilities, evidenceDir, readinessGate,
                extraParameters);
    }

    public RunRequest withTarget(String name) {
        return new RunRequest(name, kubeconfig, envFile, capabilities, evidenceDir, readinessGate, extraParameters);
    }

    public RunRequest withParameter(String key, String value) {
        Map<String, String> extra = new LinkedHashMap<>(extraParameters);
        extra.put(key, value);
        return new RunRequest(target, kubeconfig, envFile, capabilities, evidenceDir, readinessGate, extra);
    }

    /** The JUnit configuration parameters that {@link RunSettings} reads back. */
    public Map<String, String> parameters() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put(RunSettings.TARGET, target);
        kubeconfig.ifPresent(k -> p.put(RunSettings.KUBECONFIG, k.toAbsolutePath().toString()));
        envFile.ifPresent(f -> p.put(RunSettings.ENV_FILE, f.toAbsolutePath().toString()));
        capabilities.ifPresent(c -> p.put(RunSettings.CAPABILITIES, String.join(",",
                c.stream().map(Enum::name).sorted().toList())));
        p.put(RunSettings.EVIDENCE_DIR, evidenceDir.toAbsolutePath().toString());
        p.put(RunSettings.READINESS_GATE, String.valueOf(readinessGate));
        p.putAll(extraParameters);
        return p;
    }
}
