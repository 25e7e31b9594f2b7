package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.Verification;

import dev.airflowaks.guide.text.GoDuration;
import dev.airflowaks.conformance.azure.Sha256;
import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.conformance.guide.VerifiesStep;
import dev.airflowaks.conformance.kube.Conditions;
import dev.airflowaks.conformance.kube.ObjectRef;
import dev.airflowaks.conformance.context.RequiresCapability;
import dev.airflowaks.conformance.tags.ConformanceCheck;
import dev.airflowaks.targets.Capability;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.OwnerReference;
import io.fabric8.kubernetes.api.model.Secret;
import org.junit.jupiter.api.DisplayName;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Check 5: the ExternalSecret synced recently, its Secret holds both storage keys and is owned by it, and each value
 * is the one in Key Vault. Values are compared as SHA-256 only; no value is printed, stored or published.
 */
@DisplayName("ExternalSecret and its Secret")
@VerifiesStep(GuideStepId.EXTERNAL_SECRET)
public class ExternalSecretCheck extends GuideCheck {

    /** How old a sync may be: the refresh interval plus this slack (ESO requeues on the interval). */
    static final Duration REFRESH_SLACK = Duration.ofMinutes(5);
    @ConformanceCheck
    @DisplayName("the ExternalSecret is Ready/SecretSynced with a recent refreshTime")
    public void externalSecretSynced(CheckContext c) {
        String ns = c.run().expectations().namespace();
        Optional<GenericKubernetesResource> es = c.run().eso().externalSecret(ns, Expectations.EXTERNAL_SECRET_NAME);
        Verification v = c.verify(GuideStepId.EXTERNAL_SECRET, "ExternalSecret " + Expectations.EXTERNAL_SECRET_NAME,
                        c.run().links().externalSecret())
                .that("exists", "present", es.isPresent(), es.isPresent() ? "present" : "missing").checkpoint();
        GenericKubernetesResource e = es.get();
        v.equal("Ready", "True/SecretSynced", Conditions.find(e, "Ready")
                .map(k -> k.get("status") + "/" + k.get("reason")).orElse("no status")).checkpoint();
        Duration interval = Conditions.at(e, "spec.refreshInterval").map(String::valueOf)
                .map(ExternalSecretCheck::goDuration).orElse(Duration.ofHours(1));
        Optional<Instant> refreshed = Conditions.at(e, "status.refreshTime").map(String::valueOf).map(Instant::parse);
        Duration age = refreshed.map(r -> Duration.between(r, c.run().clock().instant())).orElse(null);
        v.that("refreshTime", "within " + interval.plus(REFRESH_SLACK) + " (refreshInterval + slack)",
                age != null && age.compareTo(interval.plus(REFRESH_SLACK)) <= 0,
                refreshed.map(r -> r + " (" + age.toSeconds() + "s ago)").orElse("unset")).done();
    }

    @ConformanceCheck
    @DisplayName("the target Secret holds both keys and is owned by the ExternalSecret")
    public void targetSecretHoldsKeys(CheckContext c) {
        String ns = c.run().expectations().namespace();
        String name = c.run().expectations().storageSecret();
        Secret secret = c.run().client().secrets().inNamespace(ns).withName(name).get();
        Verification v = c.verify(GuideStepId.EXTERNAL_SECRET, "Secret " + name, c.run().links().storageSecret())
                .that("exists", "present", secret != null, secret == null ? "missing" : "present").checkpoint();
        Map<String, String> data = secret.getData() == null ? Map.of() : secret.getData();
        for (String key : List.of(Expectations.KEY_ACCOUNT_NAME, Expectations.KEY_ACCOUNT_KEY)) {
            v.that("key " + key, "present", data.containsKey(key), data.containsKey(key) ? "present" : "absent");
        }
        Optional<OwnerReference> owner = secret.getMetadata().getOwnerReferences() == null ? Optional.empty()
                : secret.getMetadata().getOwnerReferences().stream()
                .filter(o -> "ExternalSecret".equals(o.getKind())).findFirst();
        v.equal("controller owner", "ExternalSecret " + Expectations.EXTERNAL_SECRET_NAME,
                owner.filter(o -> Boolean.TRUE.equals(o.getController()))
                        .map(o -> o.getKind() + " " + o.getName()).orElse("none")).done();
    }

    @ConformanceCheck
    @RequiresCapability(Capability.AZURE)
    @DisplayName("each value's SHA-256 equals Key Vault's (values never printed)")
    public void valuesMatchKeyVault(CheckContext c) {
        String ns = c.run().expectations().namespace();
        String name = c.run().expectations().storageSecret();
        Secret secret = c.run().client().secrets().inNamespace(ns).withName(name).get();
        Verification v = c.verify(GuideStepId.EXTERNAL_SECRET, "Secret " + name, c.run().links().storageSecret())
                .about(ObjectRef.of("Secret", ns, name))
                .that("exists", "present", secret != null, secret == null ? "missing" : "present").checkpoint();
        Map<String, String> pairs = Map.of(Expectations.KEY_ACCOUNT_NAME, Expectations.VAULT_SECRET_ACCOUNT_NAME,
                Expectations.KEY_ACCOUNT_KEY, Expectations.VAULT_SECRET_ACCOUNT_KEY);
        for (var pair : new java.util.TreeMap<>(pairs).entrySet()) {
            Optional<String> vaultHash = c.run().requireAzure().secretSha256(pair.getValue());
            String encoded = secret.getData() == null ? null : secret.getData().get(pair.getKey());
            Optional<String> clusterHash = Optional.ofNullable(encoded).map(s -> Sha256.hex(Base64.getDecoder()
                    .decode(s)));
            boolean same = vaultHash.isPresent() && vaultHash.equals(clusterHash);
            v.that("SHA-256 of " + pair.getKey(), "equal to Key Vault secret " + pair.getValue(), same,
                    vaultHash.isEmpty() ? "Key Vault secret " + pair.getValue() + " missing"
                            : clusterHash.isEmpty() ? "key absent in the Secret" : same ? "equal" : "differs");
        }
        v.done();
    }

    /**
     * ESO's {@code refreshInterval} as this check has always read it: an absent, unparsable or zero ("never refresh")
     * interval judges the refresh time against ESO's default hour.
     */
    static Duration goDuration(String text) {
        try {
            Duration d = GoDuration.parse(text);
            return d.isZero() ? Duration.ofHours(1) : d;
        } catch (IllegalArgumentException notGo) {
            return Duration.ofHours(1);
        }
    }
}
