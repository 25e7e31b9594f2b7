package dev.airflowaks.reports.html;

import dev.airflowaks.guide.GuideStepId;

import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.reports.model.EnvironmentFacts;
import dev.airflowaks.reports.model.Evidence;
import dev.airflowaks.reports.model.Grade;
import dev.airflowaks.reports.model.RunReport;
import dev.airflowaks.reports.model.Status;
import dev.airflowaks.reports.model.TimelineEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** A realistic run with every status, used by the renderer tests and the screenshot. */
final class SampleReports {

    static final String SECRET_VALUE = "s3cr3t-Pa55w0rd-do-not-print";
    static final String SECRET_B64 = "czNjcjN0LVBhNTV3MHJkLWRvLW5vdC1wcmludA==";

    private SampleReports() {
    }

    static RunReport mixed() {
        Instant start = Instant.parse("2026-11-27T03:00:00Z");
        List<CheckResult> checks = List.of(
                pass("namespace-active", GuideStepId.NAMESPACE, "Namespace airflow exists and is Active"),
                pass("serviceaccount-annotations", GuideStepId.SERVICE_ACCOUNT,
                        "ServiceAccount airflow carries the identity's client id and the tenant"),
                CheckResult.builder("federated-credential", GuideStepId.FEDERATED_CREDENTIAL)
                        .displayName("Federated credential matches the AKS OIDC issuer and the ServiceAccount")
                        .status(Status.FAILED)
                        .expected("subject  = system:serviceaccount:airflow:airflow\nissuer   = https://eastus.oic.prod-aks.azure.com/7e9d…/\naudience = api://AzureADTokenExchange")
                        .actual("subject  = system:serviceaccount:airflow:wrong\nissuer   = https://eastus.oic.prod-aks.azure.com/7e9d…/\naudience = api://AzureADTokenExchange")
                        .rootCause("pod airflow-scheduler-0 Pending \u2190 PVC pvc-airflow-logs Pending \u2190 Secret storage-account-credentials missing \u2190 ExternalSecret airflow-aks-azure-logs-secrets SecretSyncedError \u2190 federated credential subject system:serviceaccount:airflow:wrong \u2260 system:serviceaccount:airflow:airflow")
                        .fixHint("Redo the infrastructure guide's step \"Create a federated identity credential\" with --subject system:serviceaccount:airflow:airflow.")
                        .duration(Duration.ofMillis(412))
                        .evidence(Evidence.text("events: externalsecret airflow/airflow-aks-azure-logs-secrets",
                                "LAST SEEN  TYPE     REASON             MESSAGE\n12s        Warning  UpdateFailed       error processing spec.data[0] (key: storage-account-name), err: AADSTS700213: No matching federated identity record found for presented assertion subject 'system:serviceaccount:airflow:airflow'"))
                        .evidence(Evidence.yaml("yaml: secret airflow/storage-account-credentials",
                                "apiVersion: v1\nkind: Secret\nmetadata:\n  name: storage-account-credentials\n  namespace: airflow\ntype: Opaque\ndata:\n  azurestorageaccountkey: " + SECRET_B64 + "\n  azurestorageaccountname: YWlyZmxvd2Frc2xvZ3M=\n"))
                        .build(),
                CheckResult.builder("externalsecret-synced", GuideStepId.EXTERNAL_SECRET)
                        .displayName("ExternalSecret is Ready/SecretSynced and the Secret holds both keys")
                        .status(Status.FAILED).expected("Ready=True reason=SecretSynced")
                        .actual("Ready=False reason=SecretSyncedError")
                        .rootCause("federated credential subject system:serviceaccount:airflow:wrong \u2260 expected (see the federated credential check)")
                        .fixHint("Fix the federated credential first; ESO retries on its refresh interval.")
                        .duration(Duration.ofMillis(95)).build(),
                CheckResult.builder("ui-health", GuideStepId.ACCESS_UI)
                        .displayName("Webserver /health reports metadatabase, scheduler and triggerer healthy")
                        .status(Status.BROKEN)
                        .actual("java.net.ConnectException: port-forward to svc/airflow-webserver:8080 closed: connection refused")
                        .rootCause("The port-forward could not be opened; the harness never reached the webserver.")
                        .fixHint("Check that the API server allows pods/portforward for the suite's credentials, then rerun.")
                        .duration(Duration.ofSeconds(5)).build(),
                CheckResult.builder("access-policy", GuideStepId.ACCESS_POLICY)
                        .displayName("Key Vault access policy grants secrets get to the identity")
                        .status(Status.NOT_APPLICABLE).reason("Target k3s has no Azure (missing capability AZURE).").build(),
                CheckResult.builder("secretstore-ready", GuideStepId.SECRET_STORE)
                        .displayName("SecretStore azure-store is Ready/Valid")
                        .status(Status.SUBSTITUTED)
                        .reason("Local profile: SecretStore uses ESO's fake provider seeded with the two keys instead of Azure Key Vault with workload identity.")
                        .expected("Ready=True reason=Valid").actual("Ready=True reason=Valid").duration(Duration.ofMillis(30)).build(),
                CheckResult.builder("pv-spec", GuideStepId.LOGS_VOLUME)
                        .displayName("PV pv-airflow-logs matches the guide's blob CSI spec")
                        .status(Status.SUBSTITUTED)
                        .reason("Local profile: local-path hostPath PV instead of blob CSI. RWX is not real: all pods share one node.")
                        .duration(Duration.ofMillis(21)).build(),
                CheckResult.builder("hooks", GuideStepId.DEPLOY_AIRFLOW)
                        .displayName("Migration and create-user hooks succeeded")
                        .status(Status.SKIPPED).reason("Disabled with -Dconformance.skip=hooks").build(),
                pass("airflow-release", GuideStepId.DEPLOY_AIRFLOW, "Airflow release deployed (chart 1.15.0, app 2.9.3)"),
                pass("pods-ready", GuideStepId.DEPLOY_AIRFLOW, "Every component Ready, no restarts"));
        return new RunReport("20261127-030000-7f3a", start, start.plus(Duration.ofSeconds(73).plusMillis(400)),
                "k3s (local profile)",
                new EnvironmentFacts("v1.32.3+k3s1", Map.of("airflow", "1.15.0", "external-secrets", "0.10.7"),
                        "external-secrets.io/v1beta1", Map.of("Profile", "local", "Nodes", "1")),
                checks,
                List.of(new TimelineEntry("external-secrets", Duration.ofMillis(8200), true),
                        new TimelineEntry("external-secrets-webhook", Duration.ofMillis(9100), true),
                        new TimelineEntry("airflow-postgresql", Duration.ofMillis(21400), true),
                        new TimelineEntry("airflow-statsd", Duration.ofMillis(6300), true),
                        new TimelineEntry("airflow-webserver", Duration.ofMillis(48800), true),
                        new TimelineEntry("airflow-scheduler", Duration.ofSeconds(60), false)),
                List.of(new Grade("Static webserver secret key", Grade.Level.PASS, "webserverSecretKeySecretName is set"),
                        new Grade("Non-default admin password", Grade.Level.WARN, "The admin user still has the password admin: change it."),
                        new Grade("Managed HA database", Grade.Level.WARN, "Bundled PostgreSQL in the cluster; use Azure Database for PostgreSQL."),
                        new Grade("Scheduler replicas \u2265 2", Grade.Level.WARN, "1 replica"),
                        new Grade("pgbouncer", Grade.Level.PASS, "enabled")));
    }

    static RunReport allPassed() {
        Instant start = Instant.parse("2026-11-27T03:00:00Z");
        return new RunReport("ok", start, start.plusSeconds(9), "twin", EnvironmentFacts.unknown(),
                List.of(pass("namespace-active", GuideStepId.NAMESPACE, "Namespace airflow exists and is Active")),
                List.of(), List.of());
    }

    private static CheckResult pass(String id, GuideStepId step, String name) {
        return CheckResult.builder(id, step).displayName(name).expected("as in the guide").actual("as in the guide")
                .duration(Duration.ofMillis(7)).build();
    }
}
