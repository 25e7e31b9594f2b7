package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.Verification;

import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.conformance.guide.VerifiesStep;
import dev.airflowaks.conformance.kube.EsoApi;
import dev.airflowaks.deployer.helm.HelmRelease;
import dev.airflowaks.conformance.kube.ObjectRef;
import dev.airflowaks.conformance.tags.ConformanceCheck;
import dev.airflowaks.diagnosis.GuideReplicas;
import io.fabric8.kubernetes.api.model.apiextensions.v1.CustomResourceDefinition;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import org.junit.jupiter.api.DisplayName;

import java.util.List;
import java.util.Optional;

/**
 * Check 3: the External Secrets Operator is installed as the guide says, at the pinned chart version (0.17+ stops
 * serving the guide's v1beta1 API), with its three controllers Ready and its CRDs Established. The served API
 * version is recorded for the report.
 */
@DisplayName("External Secrets Operator")
@VerifiesStep(GuideStepId.INSTALL_ESO)
public class EsoInstallationCheck extends GuideCheck {

    static final List<String> DEPLOYMENTS = List.of("external-secrets", "external-secrets-webhook",
            "external-secrets-cert-controller");
    /** Replica counts from the guide and the chart's defaults, never from the Deployment being judged. */
    private static final GuideReplicas GUIDE = GuideReplicas.fromWorldFacts();
    static final List<String> CRDS = List.of(EsoApi.EXTERNAL_SECRETS_CRD, EsoApi.SECRET_STORES_CRD,
            "clustersecretstores." + EsoApi.GROUP);

    @ConformanceCheck
    @DisplayName("the ESO Helm release is deployed at the pinned chart version")
    public void releaseDeployedAtPinnedVersion(CheckContext c) {
        String ns = c.run().expectations().namespace();
        Optional<HelmRelease> release = c.run().helm().latest(ns, Expectations.ESO_RELEASE);
        c.verify(GuideStepId.INSTALL_ESO, "Helm release " + Expectations.ESO_RELEASE, c.run().links().esoController())
                .that("release", "installed in " + ns, release.isPresent(), release.isPresent() ? "installed"
                        : "no Helm release " + Expectations.ESO_RELEASE + " in " + ns).checkpoint()
                .equal("status", "deployed", release.get().status())
                .equal("chart", "external-secrets-" + Expectations.ESO_CHART_VERSION,
                        release.get().chartName() + "-" + release.get().chartVersion())
                .done();
    }

    @ConformanceCheck
    @DisplayName("its three Deployments are Ready")
    public void controllersReady(CheckContext c) {
        String ns = c.run().expectations().namespace();
        Verification v = c.verify(GuideStepId.INSTALL_ESO, "ESO controllers", c.run().links().esoController());
        for (String name : DEPLOYMENTS) {
            Deployment d = c.run().client().apps().deployments().inNamespace(ns).withName(name).get();
            v.about(ObjectRef.of("Deployment", ns, name));
            int guide = GUIDE.of(name).orElse(1);
            String expected = guide + "/" + guide + " ready (the chart's default, the guide sets none)";
            v.that("Deployment " + name, expected, d != null && ready(d) >= guide && want(d) >= guide,
                    d == null ? "missing" : readiness(d));
        }
        v.done();
    }

    private static int ready(Deployment d) {
        Integer ready = d.getStatus() == null ? null : d.getStatus().getReadyReplicas();
        return ready == null ? 0 : ready;
    }

    private static int want(Deployment d) {
        return d.getSpec() == null || d.getSpec().getReplicas() == null ? 1 : d.getSpec().getReplicas();
    }

    private static String readiness(Deployment d) {
        return ready(d) + "/" + want(d) + " ready";
    }

    @ConformanceCheck
    @DisplayName("its CRDs are Established and the served API version is recorded")
    public void crdsEstablished(CheckContext c) {
        Verification v = c.verify(GuideStepId.INSTALL_ESO, "ESO CRDs", c.run().links().esoController());
        for (String name : CRDS) {
            CustomResourceDefinition crd = c.run().client().apiextensions().v1().customResourceDefinitions()
                    .withName(name).get();
            boolean established = crd != null && crd.getStatus() != null && crd.getStatus().getConditions() != null
                    && crd.getStatus().getConditions().stream()
                    .anyMatch(k -> "Established".equals(k.getType()) && "True".equals(k.getStatus()));
            v.that("CRD " + name, "Established", established, crd == null ? "missing" : established
                    ? "Established" : "not Established");
        }
        Optional<String> served = c.run().eso().servedVersion();
        served.ifPresent(s -> c.fact("eso-api-version", EsoApi.GROUP + "/" + s));
        v.that("served ExternalSecret API", "v1beta1 (the guide's) or v1", served.isPresent(),
                served.orElse("none")).done();
    }
}
