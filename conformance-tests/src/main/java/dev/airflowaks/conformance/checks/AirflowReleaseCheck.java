package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.Verification;

import dev.airflowaks.conformance.checks.profile.ImageSource;
import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.conformance.expect.GuideValues;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.conformance.guide.VerifiesStep;
import dev.airflowaks.conformance.kube.AirflowInventory;
import dev.airflowaks.deployer.helm.HelmRelease;
import dev.airflowaks.conformance.kube.ManifestInventory;
import dev.airflowaks.conformance.kube.Values;
import dev.airflowaks.conformance.tags.ConformanceCheck;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.client.KubernetesClient;
import org.junit.jupiter.api.DisplayName;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Check 8: the Airflow release is the guide's: chart 1.15.0 / app 2.9.3, deployed; exactly the expected objects
 * (nothing missing, nothing extra); images from the configured ACR (on the local profile: the same images from their
 * public registries, reported substituted, see {@link ImageSource}); and the values the guide sets.
 */
@DisplayName("Airflow Helm release")
@VerifiesStep(GuideStepId.DEPLOY_AIRFLOW)
public class AirflowReleaseCheck extends GuideCheck {

    @ConformanceCheck
    @DisplayName("the Airflow release is deployed with chart 1.15.0 and app 2.9.3")
    public void releaseDeployed(CheckContext c) {
        Optional<HelmRelease> release = release(c);
        c.verify(GuideStepId.DEPLOY_AIRFLOW, "Helm release " + Expectations.AIRFLOW_RELEASE,
                        c.run().links().metadataDatabase())
                .that("release", "installed", release.isPresent(), release.isPresent() ? "installed" : "missing")
                .checkpoint()
                .equal("status", "deployed", release.get().status())
                .equal("chart", "airflow-" + Expectations.AIRFLOW_CHART_VERSION,
                        release.get().chartName() + "-" + release.get().chartVersion())
                .equal("appVersion", Expectations.AIRFLOW_APP_VERSION, release.get().appVersion())
                .done();
    }

    @ConformanceCheck
    @DisplayName("its object inventory equals the expected (kind, name) set, with nothing unexpected")
    public void inventoryAsExpected(CheckContext c) {
        Optional<HelmRelease> release = release(c);
        Set<String> expected = new TreeSet<>(AirflowInventory.NON_HOOK);
        Verification v = c.verify(GuideStepId.DEPLOY_AIRFLOW, "Airflow object inventory", null)
                .that("release", "installed", release.isPresent(), release.isPresent() ? "installed" : "missing")
                .checkpoint();
        Set<String> rendered = new TreeSet<>(ManifestInventory.of(release.get().manifest()));
        v.equal("rendered (kind, name) set", expected, rendered);
        Set<String> inCluster = clusterInventory(c.run().client(), c.run().expectations().namespace());
        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(inCluster);
        Set<String> extra = new TreeSet<>(inCluster);
        extra.removeAll(expected);
        AirflowInventory.HOOKS.forEach(extra::remove);
        v.equal("missing from the cluster", "[]", missing).equal("unexpected in the cluster", "[]", extra).done();
    }

    /** Objects of the chart's kinds labelled as belonging to release {@code airflow}. */
    static Set<String> clusterInventory(KubernetesClient client, String ns) {
        Set<String> out = new TreeSet<>();
        List<HasMetadata> all = new ArrayList<>();
        all.addAll(client.serviceAccounts().inNamespace(ns).list().getItems());
        all.addAll(client.secrets().inNamespace(ns).list().getItems());
        all.addAll(client.configMaps().inNamespace(ns).list().getItems());
        all.addAll(client.rbac().roles().inNamespace(ns).list().getItems());
        all.addAll(client.rbac().roleBindings().inNamespace(ns).list().getItems());
        all.addAll(client.services().inNamespace(ns).list().getItems());
        all.addAll(client.apps().deployments().inNamespace(ns).list().getItems());
        all.addAll(client.apps().statefulSets().inNamespace(ns).list().getItems());
        for (HasMetadata o : all) {
            Map<String, String> labels = o.getMetadata().getLabels() == null ? Map.of() : o.getMetadata().getLabels();
            boolean ours = "airflow".equals(labels.get("release"))
                    || "airflow".equals(labels.get("app.kubernetes.io/instance"));
            if (ours && !"helm".equals(labels.get("owner"))) {
                out.add(o.getKind() + "/" + o.getMetadata().getName());
            }
        }
        return out;
    }

    @ConformanceCheck
    @DisplayName("its images come from the configured ACR")
    public void imagesFromAcr(CheckContext c) {
        ImageSource.Rule rule = ImageSource.of(c).rule(c);
        String ns = c.run().expectations().namespace();
        Verification v = c.verify(GuideStepId.HELM_VALUES, "Airflow images", null);
        List<PodSpec> specs = new ArrayList<>();
        c.run().client().apps().deployments().inNamespace(ns).withLabel("tier", "airflow").list().getItems()
                .forEach(d -> specs.add(d.getSpec().getTemplate().getSpec()));
        c.run().client().apps().statefulSets().inNamespace(ns).withLabel("tier", "airflow").list().getItems()
                .forEach(s -> specs.add(s.getSpec().getTemplate().getSpec()));
        v.that("Airflow workloads", "present", !specs.isEmpty(), specs.size() + " found").checkpoint();
        Set<String> foreign = new TreeSet<>();
        for (PodSpec spec : specs) {
            Stream.concat(spec.getContainers().stream(), spec.getInitContainers() == null ? Stream.empty()
                    : spec.getInitContainers().stream()).map(Container::getImage)
                    .filter(i -> i == null || !rule.allowed().test(i)).forEach(foreign::add);
        }
        v.equal("images not from " + rule.source(), "[]", foreign).done();
    }

    @ConformanceCheck
    @DisplayName("executor, env, timezone, git-sync and existingClaim are as configured")
    public void valuesAsConfigured(CheckContext c) {
        Optional<HelmRelease> release = release(c);
        Verification v = c.verify(GuideStepId.HELM_VALUES, "Airflow values", null)
                .that("release", "installed", release.isPresent(), release.isPresent() ? "installed" : "missing")
                .checkpoint();
        Map<String, Object> config = release.get().config();
        GuideValues.expected().forEach((path, want) -> {
            Optional<Object> got = Values.at(config, path);
            v.that(path, String.valueOf(want), got.filter(g -> Values.same(want, g)).isPresent(),
                    got.map(String::valueOf).orElse("unset"));
        });
        Deployment scheduler = c.run().client().apps().deployments().inNamespace(c.run().expectations().namespace())
                .withName("airflow-scheduler").get();
        Map<String, String> env = scheduler == null ? Map.of() : env(scheduler.getSpec().getTemplate().getSpec());
        v.equal("scheduler env " + GuideValues.ENV_NAME, GuideValues.ENV_VALUE, env.get(GuideValues.ENV_NAME))
                .equal("scheduler env " + GuideValues.TIMEZONE_VAR, GuideValues.TIMEZONE,
                        env.get(GuideValues.TIMEZONE_VAR))
                .done();
    }

    private static Map<String, String> env(PodSpec spec) {
        Map<String, String> out = new java.util.HashMap<>();
        spec.getContainers().stream().filter(k -> "scheduler".equals(k.getName())).findFirst()
                .ifPresent(k -> (k.getEnv() == null ? List.<EnvVar>of() : k.getEnv())
                        .forEach(e -> out.put(e.getName(), e.getValue())));
        return out;
    }

    private static Optional<HelmRelease> release(CheckContext c) {
        return c.run().helm().latest(c.run().expectations().namespace(), Expectations.AIRFLOW_RELEASE);
    }
}
