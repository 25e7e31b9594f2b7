package dev.airflowaks.conformance.seed;

import dev.airflowaks.conformance.checks.AirflowReleaseCheck;
import dev.airflowaks.conformance.checks.AzureSideCheck;
import dev.airflowaks.conformance.checks.EsoInstallationCheck;
import dev.airflowaks.conformance.checks.ExternalSecretCheck;
import dev.airflowaks.conformance.checks.LogsStorageCheck;
import dev.airflowaks.conformance.checks.NamespaceCheck;
import dev.airflowaks.conformance.checks.PodsCheck;
import dev.airflowaks.conformance.checks.ProductionReadinessCheck;
import dev.airflowaks.conformance.checks.SecretStoreCheck;
import dev.airflowaks.conformance.checks.ServiceAccountCheck;
import dev.airflowaks.conformance.checks.WebUiCheck;
import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.context.ConformanceContext;
import dev.airflowaks.conformance.tags.ConformanceCheck;
import dev.airflowaks.conformance.context.CapabilityCondition;
import dev.airflowaks.conformance.context.RequiresCapability;
import dev.airflowaks.targets.Capability;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import dev.airflowaks.conformance.tags.ReadinessGrade;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** Calls every check method directly (no JUnit engine), so a test can see which checks a seeded fault breaks. */
public final class CheckRunner {

    public static final List<Class<?>> CONFORMANCE = List.of(NamespaceCheck.class, ServiceAccountCheck.class,
            EsoInstallationCheck.class, SecretStoreCheck.class, ExternalSecretCheck.class, AzureSideCheck.class,
            LogsStorageCheck.class, AirflowReleaseCheck.class, PodsCheck.class, WebUiCheck.class);

    private CheckRunner() {
    }

    /** How one check ended, as the launcher's results collection would classify it. */
    public record Outcome(String status, String reason, Throwable error) {
    }

    /**
     * Runs every conformance check (the UI check only if {@code includeUi}) with its own report channel and
     * classifies it like the launcher: not applicable when its {@code @RequiresCapability} is missing (not run),
     * substituted when it passed after marking a stand-in, failed for an {@link AssertionError}, else broken.
     */
    public static Map<String, Outcome> outcomes(ConformanceContext run, boolean includeUi) {
        Map<String, Outcome> out = new TreeMap<>();
        for (Class<?> type : CONFORMANCE) {
            if (!includeUi && type == WebUiCheck.class) {
                continue;
            }
            for (Method m : methods(type, ConformanceCheck.class)) {
                String id = type.getSimpleName() + "." + m.getName();
                Set<Capability> required = EnumSet.noneOf(Capability.class);
                for (RequiresCapability r : new RequiresCapability[] {type.getAnnotation(RequiresCapability.class),
                        m.getAnnotation(RequiresCapability.class)}) {
                    if (r != null) {
                        required.addAll(List.of(r.value()));
                    }
                }
                ConditionEvaluationResult gate = CapabilityCondition.evaluate(run.targetName(), run.profile(),
                        run.capabilities(), required);
                if (gate.isDisabled()) {
                    out.put(id, new Outcome("NOT_APPLICABLE", gate.getReason().orElse(""), null));
                    continue;
                }
                List<Map<String, String>> entries = new ArrayList<>();
                try {
                    m.invoke(type.getConstructor().newInstance(), new CheckContext(run, entries::add));
                    String substituted = entries.stream().map(e -> e.get(CheckContext.SUBSTITUTED))
                            .filter(v -> v != null).reduce((a, b) -> b).orElse(null);
                    out.put(id, substituted == null ? new Outcome("PASSED", "", null)
                            : new Outcome("SUBSTITUTED", substituted, null));
                } catch (InvocationTargetException e) {
                    out.put(id, new Outcome(e.getCause() instanceof AssertionError ? "FAILED" : "BROKEN", "",
                            e.getCause()));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException(e);
                }
            }
        }
        return out;
    }

    private static List<Method> methods(Class<?> type, Class<? extends java.lang.annotation.Annotation> marker) {
        return java.util.Arrays.stream(type.getMethods()).filter(m -> m.isAnnotationPresent(marker))
                .sorted(Comparator.comparing(Method::getName)).toList();
    }

    /** {@code Class.method} → the throwable, for every conformance check that threw. */
    public static Map<String, Throwable> failures(CheckContext c, boolean includeUi) {
        Map<String, Throwable> out = new TreeMap<>();
        for (Class<?> type : CONFORMANCE) {
            if (!includeUi && type == WebUiCheck.class) {
                continue;
            }
            run(type, ConformanceCheck.class, c, out);
        }
        return out;
    }

    public static Map<String, Throwable> grades(CheckContext c) {
        Map<String, Throwable> out = new TreeMap<>();
        run(ProductionReadinessCheck.class, ReadinessGrade.class, c, out);
        return out;
    }

    private static void run(Class<?> type, Class<? extends java.lang.annotation.Annotation> marker, CheckContext c,
                            Map<String, Throwable> out) {
        try {
            Object instance = type.getConstructor().newInstance();
            List<Method> methods = java.util.Arrays.stream(type.getMethods())
                    .filter(m -> m.isAnnotationPresent(marker)).sorted(Comparator.comparing(Method::getName)).toList();
            for (Method m : methods) {
                try {
                    m.invoke(instance, c);
                } catch (InvocationTargetException e) {
                    out.put(type.getSimpleName() + "." + m.getName(), e.getCause());
                }
            }
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
