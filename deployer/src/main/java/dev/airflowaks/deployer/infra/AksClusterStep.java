package dev.airflowaks.deployer.infra;

import com.azure.resourcemanager.authorization.models.PrincipalType;
import com.azure.resourcemanager.authorization.models.RoleAssignmentCreateParameters;
import com.azure.resourcemanager.containerservice.fluent.models.ManagedClusterInner;
import com.azure.resourcemanager.containerservice.models.AgentPoolMode;
import com.azure.resourcemanager.containerservice.models.AgentPoolType;
import com.azure.resourcemanager.containerservice.models.ManagedClusterAgentPoolProfile;
import com.azure.resourcemanager.containerservice.models.ManagedClusterIdentity;
import com.azure.resourcemanager.containerservice.models.ManagedClusterOidcIssuerProfile;
import com.azure.resourcemanager.containerservice.models.ManagedClusterSecurityProfile;
import com.azure.resourcemanager.containerservice.models.ManagedClusterSecurityProfileWorkloadIdentity;
import com.azure.resourcemanager.containerservice.models.ManagedClusterStorageProfile;
import com.azure.resourcemanager.containerservice.models.ManagedClusterStorageProfileBlobCsiDriver;
import com.azure.resourcemanager.containerservice.models.OSType;
import com.azure.resourcemanager.containerservice.models.ResourceIdentityType;
import dev.airflowaks.deployer.plan.Action;
import dev.airflowaks.deployer.plan.Change;
import dev.airflowaks.deployer.plan.StepPlan;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.guide.world.WorldFacts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * {@code az aks create --node-count 3 --enable-oidc-issuer --enable-workload-identity --enable-managed-identity
 * --enable-blob-driver --attach-acr $MY_ACR_REGISTRY}: the cluster PUT (a long-running operation with its own
 * budget), then the AcrPull role assignment for the kubelet identity at the registry's scope, which is what
 * {@code --attach-acr} does. The OIDC issuer, workload identity and blob driver can be turned on in place; a
 * cluster in another region fails naming the setting.
 */
public final class AksClusterStep extends ArmResourceStep<ManagedClusterInner> {

    static final int NODE_COUNT = 3;

    private final String acrPullGuid = WorldFacts.load().fact("azure.role-acrpull").text("roleDefinitionGuid");

    @Override
    public GuideStepId id() {
        return GuideStepId.AKS_CLUSTER;
    }

    @Override
    String target(InfraContext ctx) {
        return "azure managedCluster " + ctx.config().clusterName();
    }

    @Override
    Optional<ManagedClusterInner> read(InfraContext ctx) {
        return Found.orEmpty(() -> ctx.azure().containerService().serviceClient().getManagedClusters()
                .getByResourceGroup(ctx.resourceGroup(), ctx.config().clusterName()));
    }

    @Override
    void compare(InfraContext ctx, ManagedClusterInner c, Settings settings) {
        settings.immutable("location", c.location(), ctx.location())
                .mutable("oidcIssuerProfile.enabled", c.oidcIssuerProfile() != null
                        && Boolean.TRUE.equals(c.oidcIssuerProfile().enabled()), true)
                .mutable("securityProfile.workloadIdentity.enabled", c.securityProfile() != null
                        && c.securityProfile().workloadIdentity() != null
                        && Boolean.TRUE.equals(c.securityProfile().workloadIdentity().enabled()), true)
                .mutable("storageProfile.blobCSIDriver.enabled", c.storageProfile() != null
                        && c.storageProfile().blobCsiDriver() != null
                        && Boolean.TRUE.equals(c.storageProfile().blobCsiDriver().enabled()), true);
    }

    @Override
    Map<String, String> tags(ManagedClusterInner existing) {
        return existing.tags();
    }

    @Override
    void write(InfraContext ctx, Optional<ManagedClusterInner> existing, Map<String, String> tags) {
        String name = ctx.config().clusterName();
        ManagedClusterInner desired = new ManagedClusterInner().withLocation(ctx.location()).withTags(tags)
                .withIdentity(new ManagedClusterIdentity().withType(ResourceIdentityType.SYSTEM_ASSIGNED))
                .withDnsPrefix(existing.map(ManagedClusterInner::dnsPrefix).orElse(name + "-dns"))
                .withAgentPoolProfiles(existing.map(ManagedClusterInner::agentPoolProfiles).orElseGet(() -> List.of(
                        new ManagedClusterAgentPoolProfile().withName("nodepool1").withCount(NODE_COUNT)
                                .withVmSize("Standard_DS2_v2").withMode(AgentPoolMode.SYSTEM).withOsType(OSType.LINUX)
                                .withType(AgentPoolType.VIRTUAL_MACHINE_SCALE_SETS))))
                .withOidcIssuerProfile(new ManagedClusterOidcIssuerProfile().withEnabled(true))
                .withSecurityProfile(new ManagedClusterSecurityProfile().withWorkloadIdentity(
                        new ManagedClusterSecurityProfileWorkloadIdentity().withEnabled(true)))
                .withStorageProfile(new ManagedClusterStorageProfile().withBlobCsiDriver(
                        new ManagedClusterStorageProfileBlobCsiDriver().withEnabled(true)));
        LongRunning.await(ctx.azure().containerService().serviceClient().getManagedClusters()
                        .beginCreateOrUpdate(ctx.resourceGroup(), name, desired),
                (existing.isPresent() ? "update" : "create") + " AKS cluster " + name, "aksCluster",
                ctx.budgets().aksCluster(), ctx.budgets().pollInterval(), ctx.progress());
    }

    private String registryScope(InfraContext ctx) {
        return ctx.resourceId("Microsoft.ContainerRegistry/registries/" + ctx.config().acrRegistry());
    }

    private Optional<String> kubeletObjectId(Optional<ManagedClusterInner> c) {
        return c.map(ManagedClusterInner::identityProfile).map(p -> p.get("kubeletidentity")).map(k -> k.objectId());
    }

    /** The SDK sends this {@code $filter} as given (marked encoded), so it is URL-encoded here. */
    private boolean acrPullExists(InfraContext ctx, String principal) {
        return ctx.azure().authorization().roleServiceClient().getRoleAssignments()
                .listForScope(registryScope(ctx), java.net.URLEncoder.encode("principalId eq '" + principal + "'",
                        StandardCharsets.UTF_8).replace("+", "%20"), null, null,
                        com.azure.core.util.Context.NONE).stream()
                .anyMatch(ra -> ra.roleDefinitionId() != null && ra.roleDefinitionId().endsWith(acrPullGuid));
    }

    private Change acrPullChange(InfraContext ctx, Optional<ManagedClusterInner> cluster) {
        String target = "azure roleAssignment AcrPull kubelet -> " + ctx.config().acrRegistry();
        Optional<String> kubelet = kubeletObjectId(cluster);
        return kubelet.isPresent() && acrPullExists(ctx, kubelet.get()) ? Change.of(target, Action.UNCHANGED)
                : Change.of(target, Action.CREATE);
    }

    @Override
    public StepPlan plan(InfraContext ctx) {
        Optional<ManagedClusterInner> cluster = read(ctx);
        return new StepPlan(id().name(), id().title(), List.of(change(ctx, cluster), acrPullChange(ctx, cluster)));
    }

    @Override
    public String apply(InfraContext ctx) {
        String cluster = super.apply(ctx);
        String kubelet = kubeletObjectId(read(ctx)).orElseThrow(() -> new IllegalStateException("AKS cluster "
                + ctx.config().clusterName() + " reports no kubelet identity; cannot attach the registry"));
        if (acrPullExists(ctx, kubelet)) {
            return cluster;
        }
        String scope = registryScope(ctx);
        String name = UUID.nameUUIDFromBytes((scope + "|" + kubelet + "|" + acrPullGuid)
                .getBytes(StandardCharsets.UTF_8)).toString();
        ctx.azure().authorization().roleServiceClient().getRoleAssignments().create(scope, name,
                new RoleAssignmentCreateParameters().withRoleDefinitionId("/subscriptions/" + ctx.subscriptionId()
                                + "/providers/Microsoft.Authorization/roleDefinitions/" + acrPullGuid)
                        .withPrincipalId(kubelet).withPrincipalType(PrincipalType.SERVICE_PRINCIPAL));
        return cluster + "; AcrPull assigned";
    }
}
