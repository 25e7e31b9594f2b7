package dev.airflowaks.deployer.steps;

import dev.airflowaks.deployer.helm.ReleaseSpec;
import dev.airflowaks.diagnosis.Terminal;
import dev.airflowaks.guide.world.WorldFacts;
import dev.airflowaks.deployer.interrupt.StepInterrupted;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The deployer's stand-in for {@code helm --wait}: after Helm returns, waits until the Deployments and StatefulSets
 * Helm made for the release (they carry its {@code meta.helm.sh/release-name} annotation) are Ready. Helm's own wait
 * runs inside a Go call no interrupt can stop; this one is a watch that stops at once on Ctrl-C and on a terminal
 * cause, naming it, within the Helm budget.
 */
final class ReleaseWorkloads {

    private static final String FACT = "helm.pending-after-interrupt";

    private ReleaseWorkloads() {
    }

    static void await(DeployContext ctx, ReleaseSpec spec, Supplier<Optional<Terminal>> terminal) {
        try {
            awaitAll(ctx, spec, terminal);
        } catch (KubernetesClientException e) {
            if (ctx.interruption().requested() || Thread.currentThread().isInterrupted()) {
                throw new StepInterrupted("interrupted while waiting for the workloads of helm release "
                        + spec.release() + "; the release itself is deployed");
            }
            throw e;
        }
    }

    private static void awaitAll(DeployContext ctx, ReleaseSpec spec, Supplier<Optional<Terminal>> terminal) {
        String annotation = WorldFacts.load().fact(FACT).text("releaseNameAnnotation");
        var kube = ctx.kube();
        String ns = spec.namespace();
        Waiter waiter = new Waiter(ctx.progress(), terminal);
        for (var d : kube.apps().deployments().inNamespace(ns).list().getItems()) {
            if (madeBy(d, annotation, spec.release())) {
                waiter.until("Deployment " + d.getMetadata().getName() + " of helm release " + spec.release(),
                        ctx.budgets().helmRelease(), kube.apps().deployments().inNamespace(ns)
                                .withName(d.getMetadata().getName()), x -> x != null && WorkloadState.ready(x),
                        () -> WorkloadState.describe(kube, ns));
            }
        }
        for (var s : kube.apps().statefulSets().inNamespace(ns).list().getItems()) {
            if (madeBy(s, annotation, spec.release())) {
                waiter.until("StatefulSet " + s.getMetadata().getName() + " of helm release " + spec.release(),
                        ctx.budgets().helmRelease(), kube.apps().statefulSets().inNamespace(ns)
                                .withName(s.getMetadata().getName()), x -> x != null && WorkloadState.ready(x),
                        () -> WorkloadState.describe(kube, ns));
            }
        }
    }

    private static boolean madeBy(HasMetadata o, String annotation, String release) {
        Map<String, String> a = o.getMetadata().getAnnotations();
        return a != null && release.equals(a.get(annotation));
    }
}
