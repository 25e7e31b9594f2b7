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
import dev.airflowaks.conformance.tags.ConformanceCheck;
import dev.airflowaks.conformance.tags.ReadinessGrade;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Calls every check method directly (no JUnit engine), so a test can see which checks a seeded fault breaks. */
public final class CheckRunner {

    public static final List<Class<?>> CONFORMANCE = List.of(NamespaceCheck.class, ServiceAccountCheck.class,
            EsoInstallationCheck.class, SecretStoreCheck.class, ExternalSecretCheck.class, AzureSideCheck.class,
            LogsStorageCheck.class, AirflowReleaseCheck.class, PodsCheck.class, WebUiCheck.class);

    private CheckRunner() {
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
