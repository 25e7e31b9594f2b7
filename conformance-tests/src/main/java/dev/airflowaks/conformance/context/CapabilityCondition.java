package dev.airflowaks.conformance.context;

import dev.airflowaks.conformance.targeting.NotApplicable;

import dev.airflowaks.conformance.profile.RunProfile;
import dev.airflowaks.targets.Capability;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.commons.support.AnnotationSupport;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Stops a check whose {@link RequiresCapability capabilities} the target lacks before any of its code runs (a class
 * before its {@code @BeforeAll}, a method before its {@code @BeforeEach}) by throwing {@link NotApplicable}, whose
 * reason names each missing capability and what it means, so the report can say exactly why a check did not run.
 */
public final class CapabilityCondition implements BeforeAllCallback, BeforeEachCallback {

    /** How each reason starts, for the reader; the collector recognises {@link NotApplicable} by its type. */
    public static final String NOT_APPLICABLE = "not applicable";

    @Override
    public void beforeAll(ExtensionContext context) {
        check(context, required(context.getTestClass()));
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        check(context, required(context.getTestMethod()));
    }

    private static Set<Capability> required(java.util.Optional<? extends java.lang.reflect.AnnotatedElement> element) {
        Set<Capability> required = EnumSet.noneOf(Capability.class);
        element.flatMap(e -> AnnotationSupport.findAnnotation(e, RequiresCapability.class))
                .ifPresent(r -> required.addAll(Set.of(r.value())));
        return required;
    }

    private static void check(ExtensionContext context, Set<Capability> required) {
        if (required.isEmpty()) {
            return;
        }
        RunState run = RunState.of(context);
        ConditionEvaluationResult decision = evaluate(run.targetName(), run.context().profile(),
                run.context().capabilities(), required);
        if (decision.isDisabled()) {
            throw new NotApplicable(decision.getReason().orElse(NOT_APPLICABLE));
        }
    }

    /** The decision for a run's profile: on the local profile the reason says why Azure cannot be proven there. */
    public static ConditionEvaluationResult evaluate(String target, RunProfile profile, Set<Capability> available,
                                                     Set<Capability> required) {
        return profile == RunProfile.LOCAL ? evaluateLocal(target, available, required)
                : evaluate(target, available, required);
    }

    /**
     * On the local profile nothing of Azure is deployed, so the fix a guide run would get ("pass --azure") does not
     * apply: the reason says the check cannot prove anything here instead.
     */
    static ConditionEvaluationResult evaluateLocal(String target, Set<Capability> available, Set<Capability> required) {
        Set<Capability> missing = EnumSet.copyOf(required);
        missing.removeAll(available);
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("target " + target + " has " + required);
        }
        return ConditionEvaluationResult.disabled(NOT_APPLICABLE + " on target " + target + " (local profile): "
                + "nothing of Azure is deployed, so " + missing.stream().map(Enum::name).collect(Collectors.joining(
                ", ")) + " cannot be proven here");
    }

    /** The decision alone, for tests and for the launcher's dry runs. */
    public static ConditionEvaluationResult evaluate(String target, Set<Capability> available,
                                                     Set<Capability> required) {
        Set<Capability> missing = EnumSet.copyOf(required);
        missing.removeAll(available);
        if (missing.isEmpty()) {
            return ConditionEvaluationResult.enabled("target " + target + " has " + required);
        }
        return ConditionEvaluationResult.disabled(NOT_APPLICABLE + " on target " + target + ": missing "
                + missing.stream().map(CapabilityCondition::explain).collect(Collectors.joining("; ")));
    }

    static String explain(Capability c) {
        return switch (c) {
            case AZURE -> "AZURE (ARM, Entra and Key Vault are not readable: pass --azure or set AZURE_* variables)";
            case BLOB_CSI -> "BLOB_CSI (no blob.csi.azure.com driver on this cluster)";
            case ACR_IMAGES -> "ACR_IMAGES (images are not pulled from the configured ACR)";
            case WORKLOAD_IDENTITY -> "WORKLOAD_IDENTITY (SA tokens are not federated to Entra)";
            case REAL_AIRFLOW -> "REAL_AIRFLOW (the webserver is a stand-in, not Airflow)";
        };
    }
}
