package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.Verification;

import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.conformance.guide.VerifiesStep;
import dev.airflowaks.deployer.helm.HelmRelease;
import dev.airflowaks.conformance.kube.Values;
import dev.airflowaks.conformance.tags.ReadinessGrade;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.rbac.PolicyRule;
import io.fabric8.kubernetes.api.model.rbac.RoleRef;
import io.fabric8.kubernetes.api.model.rbac.Subject;
import org.junit.jupiter.api.DisplayName;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Check 11: production readiness, from the guide's best-practice list. These are grades, not conformance: the guide
 * itself deploys a dev setup (bundled PostgreSQL, admin/admin), so a conformant target usually earns warnings here.
 * The results collection turns a failed grade into a warning with its own verdict. No password is ever printed:
 * the default one is recognised by comparison only.
 */
@DisplayName("Production readiness")
@VerifiesStep(GuideStepId.PRODUCTION)
public class ProductionReadinessCheck extends GuideCheck {

    static final Set<String> RESILIENT_EXECUTORS = Set.of("KubernetesExecutor", "CeleryExecutor",
            "CeleryKubernetesExecutor");

    @ReadinessGrade
    @DisplayName("a static webserver secret key is configured")
    public void staticWebserverSecretKey(CheckContext c) {
        Map<String, Object> values = values(c);
        boolean set = Values.at(values, "webserverSecretKey").isPresent()
                || Values.at(values, "webserverSecretKeySecretName").isPresent();
        grade(c, "webserver secret key").that("webserverSecretKey / webserverSecretKeySecretName",
                "set (a static key survives upgrades and is shared by replicas)", set,
                set ? "set" : "unset: the chart generates a random key").done();
    }

    @ReadinessGrade
    @DisplayName("the admin password is not the default admin/admin")
    public void nonDefaultAdminPassword(CheckContext c) {
        Map<String, Object> values = values(c);
        boolean userEnabled = Values.at(values, "webserver.defaultUser.enabled").map(v -> !"false".equals(
                String.valueOf(v))).orElse(true);
        Optional<Object> password = Values.at(values, "webserver.defaultUser.password");
        boolean isDefault = userEnabled && password.map(p -> "admin".equals(String.valueOf(p))).orElse(true);
        grade(c, "default admin user").that("webserver.defaultUser.password", "not the chart default",
                !isDefault, isDefault ? "the chart default admin/admin" : "changed or user disabled").done();
    }

    @ReadinessGrade
    @DisplayName("a managed, highly available database instead of the bundled PostgreSQL")
    public void managedDatabase(CheckContext c) {
        boolean bundled = Values.at(values(c), "postgresql.enabled").map(v -> !"false".equals(String.valueOf(v)))
                .orElse(true);
        grade(c, "metadata database").that("postgresql.enabled", "false (use Azure Database for PostgreSQL)",
                !bundled, bundled ? "true (bundled single-pod PostgreSQL)" : "false").done();
    }

    @ReadinessGrade
    @DisplayName("pgbouncer pools database connections")
    public void pgbouncerEnabled(CheckContext c) {
        boolean on = Values.at(values(c), "pgbouncer.enabled").map(v -> "true".equals(String.valueOf(v)))
                .orElse(false);
        grade(c, "pgbouncer").that("pgbouncer.enabled", "true", on, String.valueOf(on)).done();
    }

    @ReadinessGrade
    @DisplayName("a resilient executor and at least two scheduler replicas")
    public void resilientScheduling(CheckContext c) {
        String executor = Values.at(values(c), "executor").map(String::valueOf).orElse("CeleryExecutor");
        var scheduler = c.run().client().apps().deployments().inNamespace(ns(c)).withName("airflow-scheduler").get();
        int replicas = scheduler == null || scheduler.getSpec().getReplicas() == null ? 0
                : scheduler.getSpec().getReplicas();
        grade(c, "scheduling").that("executor", String.valueOf(RESILIENT_EXECUTORS),
                        RESILIENT_EXECUTORS.contains(executor), executor)
                .that("scheduler replicas", ">= 2", replicas >= 2, String.valueOf(replicas)).done();
    }

    @ReadinessGrade
    @DisplayName("PodDisruptionBudgets protect the components")
    public void podDisruptionBudgets(CheckContext c) {
        int n = c.run().client().policy().v1().podDisruptionBudget().inNamespace(ns(c)).list().getItems().size();
        grade(c, "PodDisruptionBudgets").that("PDBs in " + ns(c), ">= 1", n > 0, String.valueOf(n)).done();
    }

    @ReadinessGrade
    @DisplayName("NetworkPolicies restrict traffic")
    public void networkPolicies(CheckContext c) {
        int n = c.run().client().network().v1().networkPolicies().inNamespace(ns(c)).list().getItems().size();
        grade(c, "NetworkPolicies").that("NetworkPolicies in " + ns(c), ">= 1", n > 0, String.valueOf(n)).done();
    }

    @ReadinessGrade
    @DisplayName("every container sets resource requests and limits")
    public void resourceRequestsAndLimits(CheckContext c) {
        Set<String> missing = new TreeSet<>();
        for (Container k : containers(c)) {
            var r = k.getResources();
            boolean ok = r != null && r.getRequests() != null && !r.getRequests().isEmpty() && r.getLimits() != null
                    && !r.getLimits().isEmpty();
            if (!ok) {
                missing.add(k.getName());
            }
        }
        grade(c, "resources").equal("containers without requests and limits", "[]", missing).done();
    }

    @ReadinessGrade
    @DisplayName("images are pinned by digest")
    public void imagesPinnedByDigest(CheckContext c) {
        Set<String> unpinned = new TreeSet<>();
        containers(c).stream().map(Container::getImage).filter(i -> i == null || !i.contains("@sha256:"))
                .forEach(unpinned::add);
        grade(c, "image pinning").equal("images without @sha256 digest", "[]", unpinned).done();
    }

    @ReadinessGrade
    @DisplayName("the workload-identity ServiceAccount has least-privilege RBAC")
    public void serviceAccountLeastPrivilege(CheckContext c) {
        String sa = c.run().expectations().serviceAccount();
        List<String> broad = new ArrayList<>();
        c.run().client().rbac().clusterRoleBindings().list().getItems().stream()
                .filter(b -> binds(b.getSubjects(), ns(c), sa))
                .forEach(b -> broad.add("ClusterRoleBinding " + b.getMetadata().getName() + " → "
                        + b.getRoleRef().getName()));
        c.run().client().rbac().roleBindings().inNamespace(ns(c)).list().getItems().stream()
                .filter(b -> binds(b.getSubjects(), ns(c), sa)).filter(b -> wildcard(c, b.getRoleRef()))
                .forEach(b -> broad.add("RoleBinding " + b.getMetadata().getName() + " → " + b.getRoleRef().getName()
                        + " (wildcard rules)"));
        grade(c, "RBAC of ServiceAccount " + sa).equal("cluster-wide or wildcard grants", "[]", broad).done();
    }

    private static boolean binds(List<Subject> subjects, String ns, String sa) {
        return subjects != null && subjects.stream().anyMatch(s -> "ServiceAccount".equals(s.getKind())
                && sa.equals(s.getName()) && (s.getNamespace() == null || ns.equals(s.getNamespace())));
    }

    private static boolean wildcard(CheckContext c, RoleRef ref) {
        List<PolicyRule> rules = "ClusterRole".equals(ref.getKind())
                ? Optional.ofNullable(c.run().client().rbac().clusterRoles().withName(ref.getName()).get())
                .map(r -> r.getRules()).orElse(List.of())
                : Optional.ofNullable(c.run().client().rbac().roles().inNamespace(ns(c)).withName(ref.getName()).get())
                .map(r -> r.getRules()).orElse(List.of());
        return rules != null && rules.stream().anyMatch(r -> (r.getVerbs() != null && r.getVerbs().contains("*"))
                || (r.getResources() != null && r.getResources().contains("*")));
    }

    private static List<Container> containers(CheckContext c) {
        List<PodSpec> specs = new ArrayList<>();
        c.run().client().apps().deployments().inNamespace(ns(c)).withLabel("tier", "airflow").list().getItems()
                .forEach(d -> specs.add(d.getSpec().getTemplate().getSpec()));
        c.run().client().apps().statefulSets().inNamespace(ns(c)).withLabel("tier", "airflow").list().getItems()
                .forEach(s -> specs.add(s.getSpec().getTemplate().getSpec()));
        return specs.stream().flatMap(s -> s.getContainers().stream()).toList();
    }

    private static Map<String, Object> values(CheckContext c) {
        var config = c.run().helm().latest(ns(c), Expectations.AIRFLOW_RELEASE).map(HelmRelease::config);
        if (config.isEmpty()) {
            // the target's content, so a failure naming the step, never a broken run
            grade(c, "Helm release " + Expectations.AIRFLOW_RELEASE).that("release", "installed", false,
                    "missing, nothing to grade (check 8 reports why)").done();
        }
        return config.orElseThrow();
    }

    private static String ns(CheckContext c) {
        return c.run().expectations().namespace();
    }

    private static Verification grade(CheckContext c, String subject) {
        return c.verify(GuideStepId.PRODUCTION, subject, null);
    }
}
