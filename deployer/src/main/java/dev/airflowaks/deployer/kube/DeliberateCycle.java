package dev.airflowaks.deployer.kube;

/** Deliberate cycle kube -> steps -> kube, to prove ArchitectureTest fails on it (removed in the next commit). */
final class DeliberateCycle {
    static final Class<?> UPWARD = dev.airflowaks.deployer.steps.ValuesGenerator.class;

    private DeliberateCycle() {
    }
}
