package dev.airflowaks.conformance.context;

import dev.airflowaks.targets.Capability;
import org.junit.jupiter.api.extension.ExtendWith;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The check needs these target capabilities. On a target without them the check is reported "not applicable"
 * with the missing capability named, never as passed.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
@Inherited
@ExtendWith(CapabilityCondition.class)
public @interface RequiresCapability {
    Capability[] value();
}
