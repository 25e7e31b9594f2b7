package dev.airflowaks.deployer.profile;

import dev.airflowaks.deployer.config.DeployConfig;
import dev.airflowaks.deployer.kube.GuideNames;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The storage account key the local profile's fake SecretStore hands out. It stands in for a real key, so it is
 * random (48 bytes, base64) and treated as a secret. It is generated once per run and, when the live SecretStore
 * already has one, reused from it: that is what makes a second apply write nothing and a second plan show
 * "unchanged". One instance per run (held by the step), never static.
 */
public final class FakeStorageKey {

    private static final int BYTES = 48;

    private final SecureRandom random;
    private String generated;
    private String reused;

    public FakeStorageKey() {
        this(new SecureRandom());
    }

    FakeStorageKey(SecureRandom random) {
        this.random = random;
    }

    /** The live store's key when it has one, else this run's generated key (the same on every call). */
    public synchronized String resolve(Optional<? extends GenericKubernetesResource> liveStore) {
        Optional<String> live = liveStore.flatMap(FakeStorageKey::keyOf);
        if (live.isPresent()) {
            reused = live.get();
            return reused;
        }
        if (generated == null) {
            byte[] b = new byte[BYTES];
            random.nextBytes(b);
            generated = Base64.getEncoder().encodeToString(b);
        }
        return generated;
    }

    /** {@code text} with every key this run has seen replaced by {@link DeployConfig#MASK}. */
    public synchronized String mask(String text) {
        String out = text;
        for (String k : new String[] {generated, reused}) {
            if (k != null) {
                out = out.replace(k, DeployConfig.MASK);
            }
        }
        return out;
    }

    /** The value of {@code AKS-AIRFLOW-LOGS-STORAGE-ACCOUNT-KEY} in a fake-provider SecretStore, if any. */
    static Optional<String> keyOf(GenericKubernetesResource store) {
        Object spec = store.getAdditionalProperties().get("spec");
        Object provider = spec instanceof Map<?, ?> s ? s.get("provider") : null;
        Object fake = provider instanceof Map<?, ?> p ? p.get("fake") : null;
        Object data = fake instanceof Map<?, ?> f ? f.get("data") : null;
        if (!(data instanceof List<?> entries)) {
            return Optional.empty();
        }
        return entries.stream().filter(e -> e instanceof Map<?, ?> m
                        && GuideNames.KV_ACCOUNT_KEY_SECRET.equals(m.get("key")))
                .map(e -> ((Map<?, ?>) e).get("value")).filter(v -> v instanceof String s && !s.isBlank())
                .map(String.class::cast).findFirst();
    }
}
