package dev.airflowaks.reports.allure;

import dev.airflowaks.guide.GuideStepId;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The failure patterns an Airflow-on-AKS run typically dies of, each mapped to the catalogue's guide steps
 * ({@link GuideStepId}) that fix it; the category names are built from the steps' references.
 *
 * <p>Allure files a result under <em>every</em> category that matches (measured with Allure 2.34.0), so each
 * category's regex excludes the patterns of the categories before it: a result lands in exactly one, the most
 * specific (the deeper cause, Entra, before its symptom, a sync error; a timeout last). A {@code broken} result
 * (harness or target problem) never lands in the "not conformant" catch-all.
 */
public final class GuideCategories {

    private static final List<String> FAILED_OR_BROKEN = List.of("failed", "broken");

    /** A failure pattern, its symptom's name and the catalogue steps that fix it. */
    private record Rule(String symptom, String description, String pattern, List<GuideStepId> fixes) {
        String name() {
            return fixes.isEmpty() ? symptom : symptom + " \u2192 redo the " + fixes.stream().map(GuideStepId::reference)
                    .collect(Collectors.joining(" or the "));
        }
    }

    private static final List<Rule> RULES = List.of(
            new Rule("ImagePullBackOff",
                    "A pod cannot pull its image: the image was not imported into the ACR, the tag differs, or the "
                            + "cluster's kubelet identity lacks AcrPull on the registry (az aks update --attach-acr).",
                    "ImagePullBackOff|ErrImagePull|InvalidImageName|manifest unknown",
                    List.of(GuideStepId.IMPORT_IMAGES, GuideStepId.HELM_VALUES)),
            new Rule("AADSTS (Entra token exchange)",
                    "Entra refused the workload-identity token exchange; AADSTS700213/70021: the federated credential's "
                            + "issuer or subject does not match the cluster's OIDC issuer and "
                            + "system:serviceaccount:<namespace>:<service account>.",
                    "AADSTS\\d+", List.of(GuideStepId.FEDERATED_CREDENTIAL)),
            new Rule("SecretSyncedError",
                    "External Secrets could not sync from Key Vault: check the SecretStore (vaultUrl, serviceAccountRef), "
                            + "the ServiceAccount annotations, the access policy (secrets get) and the secret names in Key Vault.",
                    "SecretSyncedError|InvalidProviderConfig|SecretStore [^\\n]*not ready",
                    List.of(GuideStepId.SECRET_STORE, GuideStepId.EXTERNAL_SECRET, GuideStepId.ACCESS_POLICY)),
            new Rule("FailedMount",
                    "The logs volume cannot be mounted: the blob CSI driver is off, the PV's nodeStageSecretRef Secret "
                            + "(storage-account-credentials) is missing or wrong, or the container does not exist.",
                    "FailedMount|FailedAttachVolume|MountVolume\\.SetUp failed|blob\\.csi\\.azure\\.com",
                    List.of(GuideStepId.LOGS_VOLUME)),
            new Rule("Timeout waiting for readiness \u2192 see the state dump attached to the test",
                    "A readiness budget ran out. The attached state dump names the object that never became Ready; "
                            + "the root cause is usually one of the categories above, reported by a later check.",
                    "timed out|[Tt]imeout|budget [^\\n]*(ran out|exceeded)", List.of()));

    private GuideCategories() {
    }

    /** The categories, most specific first, mutually exclusive for any one message. */
    public static List<AllureCategory> all() {
        List<AllureCategory> out = new ArrayList<>();
        List<String> earlier = new ArrayList<>();
        for (Rule r : RULES) {
            out.add(new AllureCategory(r.name(), r.description(), FAILED_OR_BROKEN,
                    excluding(earlier) + ".*(" + r.pattern() + ").*", null));
            earlier.add(r.pattern());
        }
        out.add(new AllureCategory("Broken: harness or target problem (not a conformance verdict)",
                "The check could not decide: the suite, the connection or the target broke. Fix the run and rerun; "
                        + "nothing is known about conformance.",
                List.of("broken"), excluding(earlier) + ".*", null));
        out.add(new AllureCategory("Not conformant: other differences from the guide",
                "The target differs from the guide; the failure message names the expected and actual values and "
                        + "the guide step.",
                List.of("failed"), excluding(earlier) + ".*", null));
        return out;
    }

    private static String excluding(List<String> patterns) {
        return patterns.isEmpty() ? "(?s)" : "(?s)(?!.*(" + String.join("|", patterns) + "))";
    }
}
