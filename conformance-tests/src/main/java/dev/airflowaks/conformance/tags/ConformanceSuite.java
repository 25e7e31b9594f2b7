package dev.airflowaks.conformance.tags;

import dev.airflowaks.conformance.context.ConformanceExtension;
import dev.airflowaks.conformance.evidence.EvidenceCollector;
import dev.airflowaks.conformance.context.CapabilityCondition;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a check class: the run's context is injected, capability gating applies, and evidence is collected on
 * any failure (also in {@code @BeforeAll}). The order matters: evidence wraps everything the context does.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@Inherited
@ExtendWith(EvidenceCollector.class)
@ExtendWith(ConformanceExtension.class)
@ExtendWith(CapabilityCondition.class)
public @interface ConformanceSuite {
}
