package dev.airflowaks.conformance.guide;

import dev.airflowaks.conformance.launcher.ConformanceLauncher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;

/**
 * The check classes the launcher runs, found by scanning the checks package as the launcher does, in the order it
 * runs them ({@link CatalogueOrder}). The build's view of "every check", for {@link CheckCatalogueTest} and the
 * generated docs/checks.md.
 */
final class CheckCatalogue {

    private CheckCatalogue() {
    }

    /** Every class of the checks package in src/main that holds a test, in run order. */
    static List<Class<?>> checkClasses() {
        return ReflectionSupport.findAllClassesInPackage(ConformanceLauncher.CHECKS_PACKAGE,
                        c -> product(c) && !Modifier.isAbstract(c.getModifiers()) && !tests(c).isEmpty(), n -> true)
                .stream().sorted(CatalogueOrder.CHECKS).toList();
    }

    /** From the product's classes, not the unit tests that share the package. */
    private static boolean product(Class<?> c) {
        return !c.getProtectionDomain().getCodeSource().getLocation().getPath().contains("test-classes");
    }

    /** The class's test methods (what it asserts), sorted by name; the docs order them as in the source. */
    static List<Method> tests(Class<?> check) {
        return Arrays.stream(check.getDeclaredMethods()).filter(m -> AnnotationSupport.isAnnotated(m, Test.class))
                .sorted((a, b) -> a.getName().compareTo(b.getName())).toList();
    }

    /** What a check method asserts: its display name, else its name. */
    static String asserts(Method test) {
        DisplayName d = test.getAnnotation(DisplayName.class);
        return d == null ? test.getName() : d.value();
    }
}
