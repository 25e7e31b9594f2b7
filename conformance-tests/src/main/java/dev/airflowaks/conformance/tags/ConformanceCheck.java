package dev.airflowaks.conformance.tags;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A conformance check method: {@code @Test @Tag("conformance")}. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Test
@Tag(ConformanceTags.CONFORMANCE)
public @interface ConformanceCheck {
}
