package dev.airflowaks.deployer.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The naming rules of Kubernetes and Azure that the guide's variables must follow. Each rule quotes the rule in its
 * fix so the user does not have to look it up. Catching these here means a typo fails in milliseconds, before any
 * object exists, instead of half-way through an apply.
 */
public final class Rules {

    private static final Pattern DNS1123_LABEL = Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?");
    private static final Pattern DNS1123_SUBDOMAIN =
            Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");
    private static final Pattern GUID =
            Pattern.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern VAULT_NAME = Pattern.compile("[a-zA-Z][a-zA-Z0-9-]{1,22}[a-zA-Z0-9]");
    private static final Pattern VAULT_URL = Pattern.compile("https://([a-zA-Z0-9-]+)\\.vault\\.azure\\.net/");
    private static final Pattern STORAGE_ACCOUNT = Pattern.compile("[a-z0-9]{3,24}");
    private static final Pattern CONTAINER = Pattern.compile("[a-z0-9][a-z0-9-]{1,61}[a-z0-9]");
    private static final Pattern ACR = Pattern.compile("[a-zA-Z0-9]{5,50}");
    private static final Pattern RESOURCE_GROUP = Pattern.compile("[-\\w.()]{0,89}[-\\w()]");
    private static final Pattern IDENTITY = Pattern.compile("[a-zA-Z0-9][a-zA-Z0-9_-]{2,127}");
    private static final Pattern CLUSTER = Pattern.compile("[a-zA-Z0-9]([a-zA-Z0-9_-]{0,61}[a-zA-Z0-9])?");
    private static final Pattern CHART_VERSION = Pattern.compile("v?\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.-]+)?");

    private Rules() {
    }

    /** {@code AIRFLOW_AKS_PROFILE}: one of the {@link Profile} ids. */
    public static Rule profile() {
        return (v, s) -> Profile.find(s).isPresent() ? Optional.empty()
                : problem(v, s, "is not a profile (valid values: " + Profile.validValues() + ")",
                "set " + v + "=guide for AKS with Azure, or " + v + "=local for k3s without Azure");
    }

    /** Namespaces: RFC 1123 label. */
    public static Rule dns1123Label() {
        return (v, s) -> s.length() <= 63 && DNS1123_LABEL.matcher(s).matches() ? Optional.empty()
                : problem(v, s, "is not a DNS-1123 label",
                "use at most 63 lower-case letters, digits and '-', starting and ending with a letter or digit");
    }

    /** ServiceAccount and Secret names: RFC 1123 subdomain. */
    public static Rule dns1123Subdomain() {
        return (v, s) -> s.length() <= 253 && DNS1123_SUBDOMAIN.matcher(s).matches() ? Optional.empty()
                : problem(v, s, "is not a DNS-1123 subdomain name",
                "use lower-case letters, digits, '-' and '.', starting and ending with a letter or digit (max 253)");
    }

    /** Helm release names: DNS-1123 label of at most 53 characters (Helm's own limit). */
    public static Rule helmReleaseName() {
        return (v, s) -> s.length() <= 53 && DNS1123_LABEL.matcher(s).matches() ? Optional.empty()
                : problem(v, s, "is not a valid Helm release name",
                "use at most 53 lower-case letters, digits and '-', starting and ending with a letter or digit");
    }

    public static Rule guid() {
        return (v, s) -> GUID.matcher(s).matches() ? Optional.empty()
                : problem(v, s, "is not a GUID",
                "use the 36-character form xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx (e.g. from 'az identity show')");
    }

    public static Rule keyVaultName() {
        return (v, s) -> VAULT_NAME.matcher(s).matches() && !s.contains("--") ? Optional.empty()
                : problem(v, s, "is not a valid Key Vault name",
                "use 3-24 letters, digits and '-', starting with a letter, ending with a letter or digit, no '--'");
    }

    /** The vault URL the cluster objects carry: always the public form, whatever endpoint override is in use. */
    public static Rule keyVaultUrl() {
        return (v, s) -> VAULT_URL.matcher(s).matches() ? Optional.empty()
                : problem(v, s, "is not a Key Vault URL of the form https://<name>.vault.azure.net/",
                "set it to the vault's properties.vaultUri, e.g. https://" + guessVault(s)
                        + ".vault.azure.net/ (with the trailing slash), or unset it to look it up");
    }

    /** The vault name inside a well-formed vault URL. */
    public static Optional<String> vaultNameOf(String url) {
        var m = VAULT_URL.matcher(url);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    public static Rule httpsUrl(String example) {
        return (v, s) -> {
            try {
                URI u = new URI(s);
                if ("https".equalsIgnoreCase(u.getScheme()) && u.getHost() != null && !u.getHost().isEmpty()) {
                    return Optional.empty();
                }
            } catch (URISyntaxException e) {
                // reported below
            }
            return problem(v, s, "is not an absolute https URL", "use a URL such as " + example);
        };
    }

    public static Rule storageAccountName() {
        return (v, s) -> STORAGE_ACCOUNT.matcher(s).matches() ? Optional.empty()
                : problem(v, s, "is not a valid storage account name",
                "use 3-24 characters, lower-case letters and digits only (no '-' or upper case)");
    }

    public static Rule storageContainerName() {
        return (v, s) -> CONTAINER.matcher(s).matches() && !s.contains("--") ? Optional.empty()
                : problem(v, s, "is not a valid blob container name",
                "use 3-63 lower-case letters, digits and '-', starting and ending with a letter or digit, no '--'");
    }

    public static Rule acrName() {
        return (v, s) -> {
            if (s.toLowerCase(Locale.ROOT).endsWith(".azurecr.io")) {
                return problem(v, s, "includes the login server suffix",
                        "give the registry name only: " + s.substring(0, s.length() - ".azurecr.io".length()));
            }
            return ACR.matcher(s).matches() ? Optional.empty()
                    : problem(v, s, "is not a valid container registry name", "use 5-50 letters and digits only");
        };
    }

    public static Rule resourceGroupName() {
        return (v, s) -> RESOURCE_GROUP.matcher(s).matches() ? Optional.empty()
                : problem(v, s, "is not a valid resource group name",
                "use 1-90 letters, digits, '_', '-', '.', '(' or ')', not ending with '.'");
    }

    public static Rule identityName() {
        return (v, s) -> IDENTITY.matcher(s).matches() ? Optional.empty()
                : problem(v, s, "is not a valid managed identity name",
                "use 3-128 letters, digits, '-' and '_', starting with a letter or digit");
    }

    public static Rule clusterName() {
        return (v, s) -> CLUSTER.matcher(s).matches() ? Optional.empty()
                : problem(v, s, "is not a valid AKS cluster name",
                "use 1-63 letters, digits, '-' and '_', starting and ending with a letter or digit");
    }

    public static Rule chartVersion() {
        return (v, s) -> CHART_VERSION.matcher(s).matches() ? Optional.empty()
                : problem(v, s, "is not a chart version", "use a semantic version such as 1.15.0");
    }

    /** A chart repository URL, or a local chart directory (with Chart.yaml) or packaged .tgz. */
    public static Rule chartSource() {
        return (v, s) -> {
            String lower = s.toLowerCase(Locale.ROOT);
            if (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("oci://")) {
                return Optional.empty();
            }
            Path p = Path.of(s);
            if (Files.isDirectory(p) && Files.isRegularFile(p.resolve("Chart.yaml"))) {
                return chartYaml(v, p.resolve("Chart.yaml"));
            }
            if (Files.isRegularFile(p) && lower.endsWith(".tgz")) {
                return Optional.empty();
            }
            return problem(v, s, "is neither a chart repository URL nor a local chart",
                    "give an https:// or oci:// repository URL, a directory containing Chart.yaml, or a .tgz file");
        };
    }

    /**
     * A chart directory's {@code Chart.yaml} must be a YAML map with the fields Helm requires ({@code apiVersion},
     * {@code name}, {@code version}): an invalid one used to pass here and fail at step 3 without naming the file.
     */
    static Optional<ConfigProblem> chartYaml(String variable, Path chartYaml) {
        Object parsed;
        try {
            parsed = new org.snakeyaml.engine.v2.api.Load(org.snakeyaml.engine.v2.api.LoadSettings.builder().build())
                    .loadFromString(Files.readString(chartYaml));
        } catch (java.io.IOException | RuntimeException e) {
            String m = String.valueOf(e.getMessage());
            return problem(variable, chartYaml.toString(), "is not valid YAML (" + m.lines().findFirst().orElse(m)
                    + ")", "fix " + chartYaml + " or point " + variable + " at another chart");
        }
        if (!(parsed instanceof java.util.Map<?, ?> map)) {
            return problem(variable, chartYaml.toString(), "is not a YAML map",
                    "fix " + chartYaml + " or point " + variable + " at another chart");
        }
        for (String field : java.util.List.of("apiVersion", "name", "version")) {
            Object value = map.get(field);
            if (value == null || String.valueOf(value).isBlank()) {
                return problem(variable, chartYaml.toString(), "has no '" + field + "' (Helm requires apiVersion, "
                        + "name and version)", "fix " + chartYaml + " or point " + variable + " at another chart");
            }
        }
        return Optional.empty();
    }

    public static Rule readableFile() {
        return (v, s) -> Files.isRegularFile(Path.of(s)) && Files.isReadable(Path.of(s)) ? Optional.empty()
                : problem(v, s, "is not a readable file", "point it at an existing file or unset it");
    }

    static Optional<ConfigProblem> problem(String variable, String value, String what, String fix) {
        return Optional.of(new ConfigProblem(variable, "'" + value + "' " + what, fix));
    }

    private static String guessVault(String s) {
        String host = s.replaceFirst("^[a-zA-Z]+://", "");
        int dot = host.indexOf('.');
        String name = dot > 0 ? host.substring(0, dot) : host.replace("/", "");
        return VAULT_NAME.matcher(name).matches() ? name : "<MY_KEYVAULT_NAME>";
    }
}
