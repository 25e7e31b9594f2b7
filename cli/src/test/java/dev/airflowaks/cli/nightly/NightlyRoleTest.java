package dev.airflowaks.cli.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.airflowaks.conformance.azure.AzureReader;
import dev.airflowaks.deployer.azure.AzureGateway;
import dev.airflowaks.deployer.azure.Prerequisites;
import dev.airflowaks.deployer.infra.ArticleImages;
import dev.airflowaks.deployer.infra.InfraStep;
import dev.airflowaks.deployer.infra.InfraSteps;
import dev.airflowaks.guide.GuideStepId;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * Keeps the nightly job's custom role ({@code docs/nightly-role.json}) equal to what the code calls: every method
 * of the two Azure seams is mapped to the ARM actions it needs, so a new Azure call fails here until someone decides
 * which right it takes, and the role never carries an action no code uses. The ephemeral mode's role
 * ({@code docs/nightly-role-ephemeral.json}) adds what each infrastructure step, {@code destroy --infra} and the sweep
 * call, held to {@code InfraSteps} the same way.
 */
class NightlyRoleTest {

    private static final String MI = "Microsoft.ManagedIdentity/userAssignedIdentities/";
    private static final String AKS = "Microsoft.ContainerService/managedClusters/";
    private static final String KV = "Microsoft.KeyVault/vaults/";
    private static final String ST = "Microsoft.Storage/storageAccounts/";
    private static final String ACR = "Microsoft.ContainerRegistry/registries/";
    /** Key Vault data plane: rights from the vault's access policy, not from the role. */
    private static final String POLICY = "access policy: secrets ";

    private static final Map<String, List<String>> GATEWAY = Map.ofEntries(
            Map.entry("identity", List.of(MI + "read")),
            Map.entry("oidcIssuer", List.of(AKS + "read")),
            Map.entry("vaultUri", List.of(KV + "read")),
            Map.entry("federatedCredential", List.of(MI + "federatedIdentityCredentials/read")),
            Map.entry("putFederatedCredential", List.of(MI + "federatedIdentityCredentials/write")),
            Map.entry("deleteFederatedCredential", List.of(MI + "federatedIdentityCredentials/delete")),
            Map.entry("accessPolicies", List.of(KV + "read")),
            Map.entry("addAccessPolicy", List.of(KV + "accessPolicies/write")),
            Map.entry("removeAccessPolicy", List.of(KV + "accessPolicies/write")),
            Map.entry("secretExists", List.of(POLICY + "get")),
            Map.entry("deleteSecret", List.of(POLICY + "delete")),
            Map.entry("blobContainerExists", List.of(ST + "blobServices/containers/read")),
            Map.entry("deleteBlobContainer", List.of(ST + "blobServices/containers/delete")),
            // the data-plane HEAD after the token exchange: AcrPull's one action
            Map.entry("acrImageExists", List.of(ACR + "pull/read")),
            // az acr import (world fact acr.import-source-not-found names the right)
            Map.entry("importImage", List.of(ACR + "importImage/action")));

    private static final Map<String, List<String>> READER = Map.of(
            "identity", List.of(MI + "read"),
            "federatedCredentials", List.of(MI + "federatedIdentityCredentials/read"),
            "vaultUri", List.of(KV + "read"),
            "accessPolicies", List.of(KV + "read"),
            "secretSha256", List.of(POLICY + "get"),
            "oidcIssuer", List.of(AKS + "read"),
            "storageAccountExists", List.of(ST + "read"),
            "storageContainerExists", List.of(ST + "blobServices/containers/read"),
            // only hashes leave the reader, but ARM hands out the keys themselves
            "storageKeySha256s", List.of(ST + "listKeys/action"),
            // the deployer's AcrDataPlane: the token exchange, then the manifest HEAD (AcrPull's one action)
            "acrImagesMissing", List.of(ACR + "pull/read"));

    /** The deploy's prerequisite check (issue 17 point 4) beyond the gateway. */
    private static final Map<String, List<String>> PREREQUISITES = Map.of(
            "cluster", List.of(AKS + "read"),
            "registryExists", List.of("Microsoft.ContainerRegistry/registries/read"));

    /** Not behind either seam: resolving the group, and the kubeconfig (workflow step and the suite's AKS target). */
    private static final List<String> OUTSIDE_THE_SEAMS = List.of(
            "Microsoft.Resources/subscriptions/resourceGroups/read", AKS + "listClusterUserCredential/action");

    @Test
    void everyAzureCallIsMappedToTheRightsItNeeds() {
        assertEquals(names(AzureGateway.class), GATEWAY.keySet().stream().collect(Collectors.toCollection(TreeSet::new)),
                "AzureGateway methods vs this test's map: map the new method to the ARM action it needs");
        assertEquals(names(AzureReader.class), READER.keySet().stream().collect(Collectors.toCollection(TreeSet::new)),
                "AzureReader methods vs this test's map: map the new method to the ARM action it needs");
        assertEquals(names(Prerequisites.Reads.class), PREREQUISITES.keySet().stream()
                        .collect(Collectors.toCollection(TreeSet::new)),
                "Prerequisites.Reads methods vs this test's map: map the new method to the ARM action it needs");
    }

    @Test
    void theRoleHoldsExactlyTheActionsTheCodeNeeds() throws IOException {
        Set<String> needed = new TreeSet<>(OUTSIDE_THE_SEAMS);
        GATEWAY.values().forEach(needed::addAll);
        READER.values().forEach(needed::addAll);
        PREREQUISITES.values().forEach(needed::addAll);
        needed.removeIf(a -> a.startsWith(POLICY));
        JsonNode role = new ObjectMapper().readTree(Files.readString(Path.of("..", "docs", "nightly-role.json")));
        Set<String> granted = StreamSupport.stream(role.get("Actions").spliterator(), false).map(JsonNode::asText)
                .collect(Collectors.toCollection(TreeSet::new));
        assertEquals(needed, granted, "docs/nightly-role.json must grant exactly what the code calls");
        assertTrue(granted.stream().noneMatch(a -> a.contains("*")), "no wildcard in a least-privilege role");
        assertEquals(0, role.get("DataActions").size(), "data-plane rights come from the vault's access policy");
    }

    private static final String RG = "Microsoft.Resources/subscriptions/resourceGroups/";
    private static final String AUTH = "Microsoft.Authorization/roleAssignments/";

    /** The ephemeral mode's infrastructure steps ({@code apply --infra}), by the catalogue's step. */
    private static final Map<GuideStepId, List<String>> INFRA_STEPS = Map.of(
            GuideStepId.RESOURCE_GROUP, List.of(RG + "read", RG + "write"),
            GuideStepId.IDENTITY, List.of(MI + "read", MI + "write"),
            // the creator's own access policy (secrets set) is part of the vault's PUT body
            GuideStepId.KEY_VAULT, List.of(KV + "read", KV + "write"),
            GuideStepId.CONTAINER_REGISTRY, List.of(ACR + "read", ACR + "write"),
            GuideStepId.STORAGE_ACCOUNT, List.of(ST + "read", ST + "write", ST + "blobServices/containers/read",
                    ST + "blobServices/containers/write"),
            GuideStepId.STORAGE_SECRETS, List.of(ST + "listKeys/action", KV + "read", POLICY + "set"),
            // --attach-acr: the kubelet identity's AcrPull on the registry, and only that (the assignment's condition)
            GuideStepId.AKS_CLUSTER, List.of(AKS + "read", AKS + "write", AUTH + "read", AUTH + "write"),
            GuideStepId.CLUSTER_CREDENTIALS, List.of(AKS + "read", AKS + "listClusterUserCredential/action"),
            // the import, then the registry's tag recording the imported set
            GuideStepId.IMPORT_IMAGES, List.of(ACR + "read", ACR + "importImage/action", ACR + "write"));

    /** destroy --infra (its foreign-resource check lists the group) and the workflow's sweep of old groups. */
    private static final List<String> TEARDOWN_AND_SWEEP = List.of(RG + "read", RG + "resources/read", RG + "delete");

    @Test
    void everyInfrastructureStepIsMappedToTheRightsItNeeds() {
        assertEquals(InfraSteps.all(new ArticleImages()).stream().map(InfraStep::id)
                        .collect(Collectors.toCollection(TreeSet::new)), new TreeSet<>(INFRA_STEPS.keySet()),
                "InfraSteps vs this test's map: map the new infrastructure step to the ARM actions it needs");
    }

    @Test
    void theEphemeralRoleHoldsExactlyTheLongLivedActionsPlusTheInfrastructures() throws IOException {
        Set<String> needed = new TreeSet<>(granted("nightly-role.json"));
        INFRA_STEPS.values().forEach(needed::addAll);
        needed.addAll(TEARDOWN_AND_SWEEP);
        needed.removeIf(a -> a.startsWith(POLICY));
        assertEquals(needed, granted("nightly-role-ephemeral.json"),
                "docs/nightly-role-ephemeral.json must grant exactly what apply --infra, verify and destroy --infra call");
    }

    @Test
    void theDocumentedAssignmentConditionLimitsRoleAssignmentWriteToAcrPull() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "aks-nightly.md"));
        assertTrue(doc.contains("!(ActionMatches{'Microsoft.Authorization/roleAssignments/write'})")
                && doc.contains("@Request[Microsoft.Authorization/roleAssignments:RoleDefinitionId] "
                + "ForAnyOfAnyValues:GuidEquals {7f951dda-4ed3-4680-a7ca-43fe172d538d}")
                && doc.contains("--condition-version 2.0"), "the ephemeral role is assigned with the AcrPull condition");
    }

    private static Set<String> granted(String file) throws IOException {
        JsonNode role = new ObjectMapper().readTree(Files.readString(Path.of("..", "docs", file)));
        assertEquals(0, role.get("DataActions").size(), file + ": data-plane rights come from the access policy");
        Set<String> granted = StreamSupport.stream(role.get("Actions").spliterator(), false).map(JsonNode::asText)
                .collect(Collectors.toCollection(TreeSet::new));
        assertTrue(granted.stream().noneMatch(a -> a.contains("*")), file + ": no wildcard in a least-privilege role");
        return granted;
    }

    @Test
    void theDocumentedVaultPolicyCoversTheDataPlaneCalls() throws IOException {
        String doc = Files.readString(Path.of("..", "docs", "aks-nightly.md"));
        assertTrue(doc.contains("--secret-permissions get list"), "setup grants the job get on the vault's secrets");
        assertTrue(doc.contains("add `delete` only if you purge"), "the doc says deleteSecret needs delete");
    }

    private static TreeSet<String> names(Class<?> seam) {
        return Arrays.stream(seam.getDeclaredMethods()).filter(m -> !m.isSynthetic() && !m.isDefault()
                        && !java.lang.reflect.Modifier.isStatic(m.getModifiers()))
                .map(Method::getName).collect(Collectors.toCollection(TreeSet::new));
    }
}
