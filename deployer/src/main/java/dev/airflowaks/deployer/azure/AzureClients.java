package dev.airflowaks.deployer.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.http.policy.ExponentialBackoffOptions;
import com.azure.core.http.policy.RetryOptions;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.resourcemanager.authorization.AuthorizationManager;
import com.azure.resourcemanager.containerregistry.ContainerRegistryManager;
import com.azure.resourcemanager.containerservice.ContainerServiceManager;
import com.azure.resourcemanager.resources.ResourceManager;
import com.azure.resourcemanager.keyvault.KeyVaultManager;
import com.azure.resourcemanager.msi.MsiManager;
import com.azure.resourcemanager.storage.StorageManager;
import com.azure.security.keyvault.secrets.SecretClient;
import com.azure.security.keyvault.secrets.SecretClientBuilder;
import dev.airflowaks.deployer.config.DeployConfig;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Builds every Azure SDK client the deployer uses from one {@link DeployConfig}, all on the JDK HTTP client
 * (never Netty, which clashes with fabric8's Vert.x). On real Azure nothing is overridden; against the twin the
 * ARM endpoint, the Key Vault data-plane endpoint, the authority host and an extra CA come from the config.
 * Managers are created lazily, so a run that needs no Azure call (bad input, status) makes none.
 */
public final class AzureClients {

    private final DeployConfig config;
    private final HttpClient httpClient;
    private final TokenCredential credential;
    private final AzureProfile profile;
    private MsiManager msi;
    private KeyVaultManager keyVault;
    private ContainerServiceManager containerService;
    private StorageManager storage;
    private ResourceManager resources;
    private ContainerRegistryManager containerRegistry;
    private AuthorizationManager authorization;

    public AzureClients(DeployConfig config) {
        this(config, httpClient(config));
    }

    AzureClients(DeployConfig config, HttpClient httpClient) {
        this.config = config;
        this.httpClient = httpClient;
        this.credential = credential(config, httpClient);
        this.profile = new AzureProfile(config.azureTenantId().or(config::tenantId).orElse(null),
                config.subscriptionId(), environment(config));
    }

    /** The JDK-based SDK HTTP client, trusting {@code AIRFLOW_AKS_CA_CERT} in addition to the default trust. */
    public static HttpClient httpClient(DeployConfig config) {
        java.net.http.HttpClient.Builder b = java.net.http.HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(20));
        config.caCert().ifPresent(p -> b.sslContext(ExtraTrust.sslContext(p)));
        return new JdkHttpClientBuilder(b).build();
    }

    /** A service principal when AZURE_CLIENT_ID/SECRET/TENANT are set, else the DefaultAzureCredential chain. */
    static TokenCredential credential(DeployConfig config, HttpClient httpClient) {
        if (config.azureClientSecret().isPresent()) {
            ClientSecretCredentialBuilder b = new ClientSecretCredentialBuilder()
                    .tenantId(config.azureTenantId().orElseThrow())
                    .clientId(config.azureClientId().orElseThrow())
                    .clientSecret(config.azureClientSecret().get())
                    .httpClient(httpClient);
            config.authorityHost().ifPresent(h -> b.authorityHost(h).disableInstanceDiscovery());
            return b.build();
        }
        DefaultAzureCredentialBuilder b = new DefaultAzureCredentialBuilder().httpClient(httpClient);
        config.azureTenantId().ifPresent(b::tenantId);
        config.authorityHost().ifPresent(h -> b.authorityHost(h).disableInstanceDiscovery());
        return b.build();
    }

    /** Public Azure, with the ARM base URL replaced when {@code AIRFLOW_AKS_ARM_ENDPOINT} is set. */
    static AzureEnvironment environment(DeployConfig config) {
        if (config.armEndpoint().isEmpty()) {
            return AzureEnvironment.AZURE;
        }
        Map<String, String> endpoints = new HashMap<>(AzureEnvironment.AZURE.getEndpoints());
        String arm = config.armEndpoint().get();
        endpoints.put("resourceManagerEndpointUrl", arm.endsWith("/") ? arm : arm + "/");
        return new AzureEnvironment(endpoints);
    }

    private RetryOptions retry() {
        return new RetryOptions(new ExponentialBackoffOptions().setMaxRetries(3)
                .setBaseDelay(Duration.ofMillis(500)).setMaxDelay(Duration.ofSeconds(8)));
    }

    public synchronized MsiManager msi() {
        if (msi == null) {
            msi = MsiManager.configure().withHttpClient(httpClient).withRetryOptions(retry())
                    .authenticate(credential, profile);
        }
        return msi;
    }

    public synchronized KeyVaultManager keyVault() {
        if (keyVault == null) {
            keyVault = KeyVaultManager.configure().withHttpClient(httpClient).withRetryOptions(retry())
                    .authenticate(credential, profile);
        }
        return keyVault;
    }

    public synchronized ContainerServiceManager containerService() {
        if (containerService == null) {
            containerService = ContainerServiceManager.configure().withHttpClient(httpClient)
                    .withRetryOptions(retry()).authenticate(credential, profile);
        }
        return containerService;
    }

    public synchronized StorageManager storage() {
        if (storage == null) {
            storage = StorageManager.configure().withHttpClient(httpClient).withRetryOptions(retry())
                    .authenticate(credential, profile);
        }
        return storage;
    }

    public synchronized ResourceManager resources() {
        if (resources == null) {
            resources = ResourceManager.configure().withHttpClient(httpClient).withRetryOptions(retry())
                    .authenticate(credential, profile).withSubscription(config.subscriptionId());
        }
        return resources;
    }

    public synchronized ContainerRegistryManager containerRegistry() {
        if (containerRegistry == null) {
            containerRegistry = ContainerRegistryManager.configure().withHttpClient(httpClient)
                    .withRetryOptions(retry()).authenticate(credential, profile);
        }
        return containerRegistry;
    }

    public synchronized AuthorizationManager authorization() {
        if (authorization == null) {
            authorization = AuthorizationManager.configure().withHttpClient(httpClient).withRetryOptions(retry())
                    .authenticate(credential, profile);
        }
        return authorization;
    }

    /** The credential every client uses (for the caller's own object id, which a vault's creator policy needs). */
    public TokenCredential credential() {
        return credential;
    }

    /** The data plane of the registry {@code loginServer} ({@link AcrDataPlane#of}). */
    public AcrDataPlane acrDataPlane(String loginServer) {
        return AcrDataPlane.of(config.acrEndpoint(), loginServer, credential,
                config.azureTenantId().or(config::tenantId).orElse(null), httpClient);
    }

    /**
     * The data-plane client of the vault. HTTP goes to {@code AIRFLOW_AKS_KEYVAULT_ENDPOINT} when set (the twin),
     * where the challenge resource cannot match the host, so verification is disabled only in that case.
     */
    public SecretClient secrets(String vaultUrl) {
        SecretClientBuilder b = new SecretClientBuilder().credential(credential).httpClient(httpClient)
                .retryOptions(retry());
        if (config.keyVaultEndpoint().isPresent()) {
            b.vaultUrl(config.keyVaultEndpoint().get()).disableChallengeResourceVerification();
        } else {
            b.vaultUrl(vaultUrl);
        }
        return b.buildClient();
    }
}
