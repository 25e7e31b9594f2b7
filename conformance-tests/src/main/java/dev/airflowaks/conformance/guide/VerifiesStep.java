package dev.airflowaks.conformance.guide;

import dev.airflowaks.guide.GuideStepId;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the guide step a check class or method verifies: the only place a check names its step. The launcher,
 * the report's matrix, the run order and the generated {@code docs/checks.md} all derive from it, so a check is
 * renumbered by moving its step in {@link GuideStepId}, not by editing the check.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface VerifiesStep {
    GuideStepId value();
}
