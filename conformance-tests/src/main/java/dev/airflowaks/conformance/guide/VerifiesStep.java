package dev.airflowaks.conformance.guide;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the guide step a check class or method verifies, so the launcher and the report can build the matrix
 * "guide step → checks → status" from the tests themselves rather than from a hand-kept table.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface VerifiesStep {
    GuideStep value();

    /** The check number of issue 6 (1–11). */
    int check() default 0;
}
