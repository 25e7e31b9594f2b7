package dev.airflowaks.deployer.steps;

import io.fabric8.kubernetes.api.model.EndpointSubset;
import io.fabric8.kubernetes.api.model.Endpoints;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.admissionregistration.v1.ValidatingWebhookConfiguration;
import io.fabric8.kubernetes.client.KubernetesClientException;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes an external-secrets.io object through ESO's validating webhook race. Right after ESO's install the API
 * server answers 500 {@code failed calling webhook "validate.secretstore.external-secrets.io" … no endpoints
 * available for service "external-secrets-webhook"} (external-secrets#2037) or an x509 error until the
 * cert-controller injected the CA (#1705); both heal on their own. On that error only, it waits (watching, within
 * the {@code esoWebhook} budget) for the webhook Service's endpoints to be ready and the webhook configuration's
 * {@code caBundle} to be filled, then writes again; any other error, or the race outliving its budget, is reported
 * with the API server's message and what to check.
 */
final class EsoWebhookGate {

    private static final Pattern WEBHOOK = Pattern.compile("failed calling webhook \"([^\"]+)\".*?Post \"([^\"]+)\"");

    private EsoWebhookGate() {
    }

    static void apply(DeployContext ctx, HasMetadata obj) {
        long start = System.nanoTime();
        Duration budget = ctx.budgets().esoWebhook();
        boolean healedBetween = false;
        while (true) {
            try {
                ctx.applier().apply(obj);
                return;
            } catch (KubernetesClientException e) {
                Optional<Race> race = Race.of(e);
                if (race.isEmpty()) {
                    throw e;
                }
                Duration left = budget.minusNanos(System.nanoTime() - start);
                if (left.isNegative() || left.isZero()) {
                    throw persisted(obj, race.get(), budget, e);
                }
                ctx.progress().info("… ESO's admission webhook " + race.get().webhook() + " is not callable yet; waiting: "
                        + e.getStatus().getMessage());
                Waiter waiter = new Waiter(ctx.progress(), java.util.Optional::empty);
                boolean waited;
                try {
                    waited = waitForEndpoints(ctx, waiter, race.get(), left) | waitForCa(ctx, waiter, race.get(), left);
                } catch (IllegalStateException timedOut) {
                    throw persisted(obj, race.get(), budget, e);
                }
                if (!waited && healedBetween) {
                    throw persisted(obj, race.get(), budget, e);
                }
                // nothing left to wait for: the race healed after the refusal (the cert-controller injected the CA
                // a moment later); one more write tells a healed race from a lasting refusal
                healedBetween = !waited;
            }
        }
    }

    private static boolean waitForEndpoints(DeployContext ctx, Waiter waiter, Race race, Duration budget) {
        var resource = ctx.kube().endpoints().inNamespace(race.namespace()).withName(race.service());
        if (ready(resource.get())) {
            return false;
        }
        waiter.until("endpoints of Service " + race.namespace() + "/" + race.service() + " (ESO webhook pod Ready)", budget,
                resource, EsoWebhookGate::ready, () -> String.valueOf(resource.get() == null ? "no Endpoints" : resource.get().getSubsets()));
        return true;
    }

    private static boolean waitForCa(DeployContext ctx, Waiter waiter, Race race, Duration budget) {
        Optional<String> config = ctx.kube().admissionRegistration().v1().validatingWebhookConfigurations().list().getItems()
                .stream().filter(c -> c.getWebhooks().stream().anyMatch(h -> race.webhook().equals(h.getName())))
                .map(c -> c.getMetadata().getName()).findFirst();
        if (config.isEmpty()) {
            return false;
        }
        var resource = ctx.kube().admissionRegistration().v1().validatingWebhookConfigurations().withName(config.get());
        if (hasCa(resource.get())) {
            return false;
        }
        waiter.until("caBundle of ValidatingWebhookConfiguration " + config.get() + " (ESO cert-controller)", budget,
                resource, EsoWebhookGate::hasCa, () -> "caBundle empty");
        return true;
    }

    private static boolean ready(Endpoints ep) {
        return ep != null && ep.getSubsets() != null && ep.getSubsets().stream().map(EndpointSubset::getAddresses)
                .anyMatch(a -> a != null && !a.isEmpty());
    }

    private static boolean hasCa(ValidatingWebhookConfiguration c) {
        return c != null && c.getWebhooks().stream().allMatch(h -> h.getClientConfig() != null
                && h.getClientConfig().getCaBundle() != null && !h.getClientConfig().getCaBundle().isEmpty());
    }

    private static IllegalStateException persisted(HasMetadata obj, Race race, Duration budget, KubernetesClientException e) {
        return new IllegalStateException("ESO's admission webhook " + race.webhook() + " still refuses " + obj.getKind() + " "
                + obj.getMetadata().getName() + " after the esoWebhook budget (" + budget + "): " + e.getStatus().getMessage()
                + " → check that the external-secrets-webhook pod in " + race.namespace()
                + " is Ready and that ESO's cert-controller has filled Secret " + race.service()
                + " (kubectl -n " + race.namespace() + " get pods,endpoints " + race.service() + ")", e);
    }

    /** The webhook and its Service, parsed from the API server's message. */
    record Race(String webhook, String service, String namespace) {
        static Optional<Race> of(KubernetesClientException e) {
            String message = e.getStatus() == null || e.getStatus().getMessage() == null ? "" : e.getStatus().getMessage();
            Matcher m = WEBHOOK.matcher(message);
            if (e.getCode() != 500 || !m.find()) {
                return Optional.empty();
            }
            String[] host = URI.create(m.group(2)).getHost().split("\\.");
            return host.length < 2 ? Optional.empty() : Optional.of(new Race(m.group(1), host[0], host[1]));
        }
    }
}
