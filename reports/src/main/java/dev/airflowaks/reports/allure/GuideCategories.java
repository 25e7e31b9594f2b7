package dev.airflowaks.reports.allure;

import java.util.List;

/**
 * The failure patterns an Airflow-on-AKS run typically dies of, each mapped to the guide step that fixes it. Order
 * matters: Allure puts a result in the first category that matches, so specific patterns come before the catch-alls,
 * and a {@code broken} result (harness or target problem) never lands in a conformance category by accident.
 */
public final class GuideCategories {

    private static final List<String> FAILED_OR_BROKEN = List.of("failed", "broken");
    private static final String INFRA = "infrastructure guide";
    private static final String DEPLOY = "deploy guide";

    private GuideCategories() {
    }

    /** The categories, most specific first. */
    public static List<AllureCategory> all() {
        return List.of(
                new AllureCategory("ImagePullBackOff \u2192 " + INFRA + ": import the images into ACR; " + DEPLOY
                        + ": image registry values",
                        "A pod cannot pull its image: the image was not imported into the ACR, the tag differs, or "
                                + "the cluster's kubelet identity lacks AcrPull on the registry (az aks update --attach-acr).",
                        FAILED_OR_BROKEN, "(?s).*(ImagePullBackOff|ErrImagePull|InvalidImageName|manifest unknown).*", null),
                new AllureCategory("AADSTS (Entra token exchange) \u2192 " + INFRA + ": federated identity credential",
                        "Entra refused the workload-identity token exchange; AADSTS700213/70021: the federated "
                                + "credential's issuer or subject does not match the cluster's OIDC issuer and "
                                + "system:serviceaccount:<namespace>:<service account>.",
                        FAILED_OR_BROKEN, "(?s).*AADSTS\\d+.*", null),
                new AllureCategory("SecretSyncedError \u2192 " + DEPLOY + ": SecretStore and ExternalSecret; " + INFRA
                        + ": Key Vault access policy",
                        "External Secrets could not sync from Key Vault: check the SecretStore (vaultUrl, "
                                + "serviceAccountRef), the ServiceAccount annotations, the access policy (secrets get) "
                                + "and the secret names in Key Vault.",
                        FAILED_OR_BROKEN, "(?s).*(SecretSyncedError|SecretStore .*(InvalidProviderConfig|not ready)|ValidationFailed).*", null),
                new AllureCategory("FailedMount \u2192 " + DEPLOY + ": persistent volume for logs (blob CSI)",
                        "The logs volume cannot be mounted: the blob CSI driver is off, the PV's nodeStageSecretRef "
                                + "Secret (storage-account-credentials) is missing or wrong, or the container does not exist.",
                        FAILED_OR_BROKEN, "(?s).*(FailedMount|FailedAttachVolume|MountVolume\\.SetUp failed|blob\\.csi\\.azure\\.com).*", null),
                new AllureCategory("Timeout waiting for readiness \u2192 see the state dump attached to the test",
                        "A readiness budget ran out. The attached state dump names the object that never became "
                                + "Ready; the root cause is usually one of the categories above, reported by a later check.",
                        FAILED_OR_BROKEN, "(?s).*(timed out|[Tt]imeout|budget .*(ran out|exceeded)|TimeoutException).*", null),
                new AllureCategory("Broken: harness or target problem (not a conformance verdict)",
                        "The check could not decide: the suite, the connection or the target broke. Fix the run "
                                + "and rerun; nothing is known about conformance.",
                        List.of("broken"), null, null),
                new AllureCategory("Not conformant: other differences from the guide",
                        "The target differs from the guide; the failure message names the expected and actual "
                                + "values and the guide step.",
                        List.of("failed"), null, null));
    }
}
