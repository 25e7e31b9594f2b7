package dev.airflowaks.conformance.azure;

import com.azure.core.credential.TokenCredential;
import com.azure.core.http.HttpClient;
import com.azure.core.http.jdk.httpclient.JdkHttpClientBuilder;
import com.azure.core.management.AzureEnvironment;
import com.azure.core.management.profile.AzureProfile;
import com.azure.identity.ClientSecretCredentialBuilder;
import com.azure.identity.DefaultAzureCredentialBuilder;
import com.azure.resourcemanager.containerservice.ContainerServiceManager;
import com.azure.resourcemanager.keyvault.KeyVaultManager;
import com.azure.resourcemanager.msi.MsiManager;
import com.azure.resourcemanager.storage.StorageManager;
import com.azure.security.keyvault.secrets.SecretClientBuilder;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.deployer.azure.AcrDataPlane;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the read-only Azure clients from the project's variables: the standard {@code AZURE_*} connection names,
 * and the twin's {@code AIRFLOW_AKS_ARM_ENDPOINT} / {@code AIRFLOW_AKS_KEYVAULT_ENDPOINT} / {@code AIRFLOW_AKS_CA_CERT}
 * / {@code AIRFLOW_AKS_ACR_ENDPOINT} overrides (unset on real Azure). The ACR data plane is the deployer's
 * {@link AcrDataPlane}, with the same credential and HTTP client as ARM, as the deployer builds it. Uses the JDK
 * HTTP client, never Netty (see DEVELOPERS.md).
 */
public final class AzureConnection {

    private final Map<String, String> env;
    private final Expectations expect;

    public AzureConnection(Map<String, String> env, Expectations expect) {
        this.env = Map.copyOf(env);
        this.expect = expect;
    }

    private Optional<String> get(String name) {
        return Optional.ofNullable(env.get(name)).filter(v -> !v.isBlank());
    }

    private String require(String name) {
        return get(name).orElseThrow(() -> new IllegalStateException(name
                + " is not set: the Azure-side checks need it (or run without --azure / the AZURE capability)"));
    }

    public AzureSdkReader reader() {
        String tenant = get("AZURE_TENANT_ID").orElseGet(() -> require(Expectations.TENANT_ID));
        Map<String, String> endpoints = new HashMap<>(AzureEnvironment.AZURE.getEndpoints());
        get("AIRFLOW_AKS_ARM_ENDPOINT").ifPresent(e -> endpoints.put("resourceManagerEndpointUrl", e));
        AzureProfile profile = new AzureProfile(tenant, require("AZURE_SUBSCRIPTION_ID"),
                new AzureEnvironment(endpoints));
        HttpClient http = httpClient();
        TokenCredential credential = credential(tenant, http);
        String vaultUrl = get("AIRFLOW_AKS_KEYVAULT_ENDPOINT").or(expect::keyVaultUrl)
                .orElseThrow(() -> new IllegalStateException(Expectations.KEYVAULT_URL + " or "
                        + Expectations.KEYVAULT_NAME + " is not set"));
        SecretClientBuilder secrets = new SecretClientBuilder().vaultUrl(vaultUrl).credential(credential)
                .httpClient(http);
        if (get("AIRFLOW_AKS_KEYVAULT_ENDPOINT").isPresent()) {
            secrets.disableChallengeResourceVerification();
        }
        Optional<String> acrEndpoint = get("AIRFLOW_AKS_ACR_ENDPOINT");
        return new AzureSdkReader(expect,
                MsiManager.configure().withHttpClient(http).withRetryOptions(retry()).authenticate(credential, profile),
                KeyVaultManager.configure().withHttpClient(http).withRetryOptions(retry())
                        .authenticate(credential, profile),
                ContainerServiceManager.configure().withHttpClient(http).withRetryOptions(retry())
                        .authenticate(credential, profile),
                StorageManager.configure().withHttpClient(http).withRetryOptions(retry())
                        .authenticate(credential, profile),
                secrets.retryOptions(retry()).buildClient(),
                loginServer -> AcrDataPlane.of(acrEndpoint, loginServer, credential, tenant, http));
    }

    /** A few quick retries: a check should report an unreachable Azure in seconds, not minutes. */
    private static com.azure.core.http.policy.RetryOptions retry() {
        return new com.azure.core.http.policy.RetryOptions(new com.azure.core.http.policy.ExponentialBackoffOptions()
                .setMaxRetries(2).setBaseDelay(java.time.Duration.ofMillis(300))
                .setMaxDelay(java.time.Duration.ofSeconds(3)));
    }

    private TokenCredential credential(String tenant, HttpClient http) {
        if (get("AZURE_CLIENT_SECRET").isPresent()) {
            ClientSecretCredentialBuilder b = new ClientSecretCredentialBuilder().tenantId(tenant)
                    .clientId(require("AZURE_CLIENT_ID")).clientSecret(require("AZURE_CLIENT_SECRET"))
                    .httpClient(http);
            // a non-default authority (the twin) has no instance-discovery endpoint to ask
            get("AZURE_AUTHORITY_HOST").ifPresent(h -> b.authorityHost(h).disableInstanceDiscovery());
            return b.build();
        }
        DefaultAzureCredentialBuilder b = new DefaultAzureCredentialBuilder().tenantId(tenant).httpClient(http);
        get("AZURE_AUTHORITY_HOST").ifPresent(h -> b.authorityHost(h).disableInstanceDiscovery());
        return b.build();
    }

    private HttpClient httpClient() {
        java.net.http.HttpClient.Builder builder = java.net.http.HttpClient.newBuilder()
                .connectTimeout(java.time.Duration.ofSeconds(20));
        get("AIRFLOW_AKS_CA_CERT").map(Path::of).ifPresent(pem -> builder.sslContext(trusting(pem)));
        return new JdkHttpClientBuilder(builder).build();
    }

    /** The default trust plus the given PEM certificate (the twin's self-signed one). */
    static SSLContext trusting(Path pem) {
        try (InputStream in = Files.newInputStream(pem)) {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            TrustManagerFactory defaults = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            defaults.init((KeyStore) null);
            int i = 0;
            for (var tm : defaults.getTrustManagers()) {
                if (tm instanceof javax.net.ssl.X509TrustManager x) {
                    for (X509Certificate c : x.getAcceptedIssuers()) {
                        store.setCertificateEntry("default-" + i++, c);
                    }
                }
            }
            for (Certificate c : CertificateFactory.getInstance("X.509").generateCertificates(in)) {
                store.setCertificateEntry("extra-" + i++, c);
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(store);
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, tmf.getTrustManagers(), null);
            return ctx;
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("AIRFLOW_AKS_CA_CERT " + pem + " is not a usable PEM certificate: "
                    + e.getMessage(), e);
        }
    }
}
