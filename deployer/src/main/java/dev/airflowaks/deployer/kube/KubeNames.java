package dev.airflowaks.deployer.kube;

import io.fabric8.kubernetes.api.model.HasMetadata;

/** How the plan names a Kubernetes object: {@code Kind namespace/name} or {@code Kind name}. */
public final class KubeNames {

    private KubeNames() {
    }

    public static String describe(HasMetadata o) {
        String ns = o.getMetadata().getNamespace();
        return o.getKind() + " " + (ns == null || ns.isEmpty() ? "" : ns + "/") + o.getMetadata().getName();
    }
}
