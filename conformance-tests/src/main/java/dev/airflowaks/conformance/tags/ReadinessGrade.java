package dev.airflowaks.conformance.tags;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A production-readiness grade: {@code @Test @Tag("production-readiness")}. It asserts like a check, but the
 * results collection turns its failure into a warning with a separate verdict.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Test
@Tag(ConformanceTags.PRODUCTION_READINESS)
public @interface ReadinessGrade {
}
