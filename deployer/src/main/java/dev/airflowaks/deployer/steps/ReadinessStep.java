package dev.airflowaks.deployer.steps;

import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.deployer.kube.GuideNames;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.StepPlan;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import java.util.List;
import java.util.Map;

/**
 * Step 11: waits until every workload of the namespace is Ready and the ExternalSecret has synced the storage
 * Secret, then prints how to reach the UI. It reads only; it never prints a password or key.
 */
public final class ReadinessStep implements Step {

    @Override
    public GuideStepId guideStep() {
        return GuideStepId.DEPLOY_AIRFLOW;
    }

    /** The second deployer step of {@code DEPLOY_AIRFLOW}: see {@link StepIds#READINESS}. */
    @Override
    public String id() {
        return StepIds.READINESS;
    }

    @Override
    public String title() {
        return "Readiness and summary";
    }

    @Override
    public StepPlan plan(DeployContext ctx) {
        return new StepPlan(id(), title(), List.of(Change.of("wait for workloads and secret sync (read-only)",
                Action.UNCHANGED)));
    }

    @Override
    public String apply(DeployContext ctx) {
        var c = ctx.config();
        String ns = c.namespace();
        var kube = ctx.kube();
        Waiter waiter = Waiter.forNamespace(ctx.progress(), kube, ns);
        for (Deployment d : kube.apps().deployments().inNamespace(ns).list().getItems()) {
            waiter.until("Deployment " + d.getMetadata().getName(), ctx.budgets().workloads(),
                    kube.apps().deployments().inNamespace(ns).withName(d.getMetadata().getName()),
                    x -> x != null && WorkloadState.ready(x), () -> WorkloadState.describe(kube, ns));
        }
        for (StatefulSet s : kube.apps().statefulSets().inNamespace(ns).list().getItems()) {
            waiter.until("StatefulSet " + s.getMetadata().getName(), ctx.budgets().workloads(),
                    kube.apps().statefulSets().inNamespace(ns).withName(s.getMetadata().getName()),
                    x -> x != null && WorkloadState.ready(x), () -> WorkloadState.describe(kube, ns));
        }
        var es = kube.genericKubernetesResources(ctx.esoApiVersion(), "ExternalSecret").inNamespace(ns)
                .withName(GuideNames.EXTERNAL_SECRET);
        waiter.until("ExternalSecret " + GuideNames.EXTERNAL_SECRET + " Ready", ctx.budgets().externalSecret(), es,
                ReadinessStep::synced, () -> conditions(es.get()));
        waiter.until("Secret " + c.storageSecretName(), ctx.budgets().externalSecret(),
                kube.secrets().inNamespace(ns).withName(c.storageSecretName()), x -> x != null,
                () -> "not created yet");
        ctx.progress().info(summary(ctx));
        return "all workloads Ready, secret synced";
    }

    static boolean synced(GenericKubernetesResource es) {
        return es != null && conditions(es).contains("Ready=True");
    }

    @SuppressWarnings("unchecked")
    static String conditions(GenericKubernetesResource es) {
        if (es == null) {
            return "absent";
        }
        Object status = es.getAdditionalProperties().get("status");
        if (!(status instanceof Map<?, ?> m) || !(m.get("conditions") instanceof List<?> list)) {
            return "no status yet";
        }
        StringBuilder sb = new StringBuilder();
        for (Object o : list) {
            Map<String, Object> cond = (Map<String, Object>) o;
            sb.append(cond.get("type")).append('=').append(cond.get("status"));
            if (cond.get("reason") != null) {
                sb.append(" (").append(cond.get("reason")).append(')');
            }
            sb.append(' ');
        }
        return sb.toString().trim();
    }

    /** How to reach the UI and where the login comes from; no credentials. */
    static String summary(DeployContext ctx) {
        String ns = ctx.config().namespace();
        String release = ctx.config().airflowRelease();
        return "Airflow is ready.\n"
                + "  UI:    airflow-aks ui            (port-forwards and prints the URL)\n"
                + "         or: kubectl port-forward svc/" + release + "-webserver 8080:8080 -n " + ns
                + "   then open http://localhost:8080\n"
                + "  Login: the chart's create-user job made the admin account from the chart value "
                + "webserver.defaultUser;\n"
                + "         see the Airflow chart's documentation for it and change the password after first login.";
    }

    @Override
    public List<Change> planDestroy(DeployContext ctx, boolean purge) {
        return List.of();
    }

    @Override
    public void destroy(DeployContext ctx, boolean purge) {
        // reads only
    }
}
