package dev.airflowaks.deployer.values;

/** A name/value environment variable of the chart's {@code env} and {@code extraEnv}. */
public record EnvVar(String name, String value) {
}
