package dev.airflowaks.conformance.context;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Gives check methods their {@link CheckContext} (and {@link ConformanceContext}). The run (target, client,
 * readiness gate) opens when the first {@code @BeforeAll} of a check class asks for its context, so a failure to
 * open is a {@code @BeforeAll} failure that the evidence collector's handler sees.
 */
public final class ConformanceExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        Class<?> type = parameter.getParameter().getType();
        return type == CheckContext.class || type == ConformanceContext.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        ConformanceContext run = RunState.of(extension).context();
        if (parameter.getParameter().getType() == ConformanceContext.class) {
            return run;
        }
        return new CheckContext(run, extension::publishReportEntry);
    }
}
