package dev.airflowaks.cli.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.marcnuri.helm.Helm;
import dev.airflowaks.cli.deploy.DestroyPurgeTwinTest.Run;
import dev.airflowaks.deployer.kube.GuideNames;
import dev.airflowaks.fixtures.charts.TestCharts;
import dev.airflowaks.fixtures.twin.EmbeddedTwin;
import dev.airflowaks.fixtures.twin.TwinOptions;
import dev.airflowaks.fixtures.twin.azure.world.AccessPolicy;
import dev.airflowaks.fixtures.twin.azure.world.AzureWorld;
import dev.airflowaks.fixtures.twin.azure.world.FederatedCredential;
import dev.airflowaks.fixtures.twin.azure.world.ManagedIdentity;
import dev.airflowaks.guide.Article;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.guide.world.WorldFacts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * Issue 13 "Done when", through the CLI on one seeded twin. First a person follows the deploy article by hand: its
 * own commands (test resources under {@code guide/}, copied from the article, one per {@link GuideStepId}) run with
 * {@code sh} and the real {@code kubectl}, and its two {@code helm install}s run through helm-java with the article's
 * flags and values; its two {@code az} steps are recorded in the Azure twin as the commands leave them.
 * {@code plan --detailed-exitcode} then exits 0 and counts the guide's six objects, by kind, as "adopt (metadata
 * only)"; {@code =strict} exits 2; a change besides airflow-aks's own label (the service account's client-id) makes
 * that object an update, while someone else's label (on the PVC) does not. Then the tool takes over ({@code apply},
 * after which {@code =strict} exits 0: nothing is left to adopt), someone patches {@code airflow-webserver} by hand
 * with kubectl, and {@code plan --detailed-exitcode} exits 2 naming the field, until a second {@code apply} repairs
 * it. (This replaces deployer's {@code AdoptTwinTest}, which stripped the label from a converged cluster.)
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ResourceLock(Resources.SYSTEM_OUT) // captures System.out/err, which concurrent test classes share
@ResourceLock(Resources.SYSTEM_ERR)
class AdoptAndDriftCliTwinTest {

    @TempDir
    static Path dir;
    static EmbeddedTwin twin;
    static Map<String, String> env;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(onPath("kubectl"), "kubectl is not on PATH: the guide's commands need the real kubectl");
        twin = EmbeddedTwin.start(TwinOptions.defaults().simulated(true).kubeconfig(dir.resolve("kubeconfig"))
                .envFile(dir.resolve("twin.env")));
        env = DestroyPurgeTwinTest.cliEnv(dir, twin);
    }

    @AfterAll
    static void stop() {
        if (twin != null) {
            twin.close();
        }
    }

    @Test
    @Order(1)
    void aClusterBuiltWithTheGuidesOwnCommandsIsAdoptedNotChanged() throws Exception {
        Path shell = Files.createDirectories(dir.resolve("guide-shell"));
        Path charts = TestCharts.extract(dir.resolve("guide-charts"));
        List<GuideStepId> byHand = new ArrayList<>();
        for (GuideStepId step : GuideStepId.of(Article.DEPLOY)) {
            switch (step) {
                case INSTALL_ESO -> {
                    // helm install external-secrets external-secrets/external-secrets --namespace ... --create-namespace
                    //   --set installCRDs=true --wait
                    new Helm(TestCharts.eso(charts)).install().withName("external-secrets")
                            .withNamespace(env.get("AKS_AIRFLOW_NAMESPACE")).createNamespace()
                            .set("installCRDs", "true").waitReady().withKubeConfig(twin.kubeconfig()).call();
                    byHand.add(step);
                }
                case DEPLOY_AIRFLOW -> {
                    // helm install airflow apache-airflow/airflow --version 1.15.0 --namespace ... -f airflow_values.yaml
                    // plus the documented fix for the image the published values pull from a registry that no
                    // longer has it (world fact postgresql-from-bitnamilegacy); without it the chart's migration
                    // hook never completes, on AKS as on the twin.
                    Path fix = Files.writeString(shell.resolve("postgresql-image.yaml"), postgresqlFix());
                    // ... and the import it needs: az acr import --name $MY_ACR_REGISTRY --source <source> --image
                    // <target>, recorded in the twin's ARM as the az command would leave it.
                    twin.azure().orElseThrow().world().registry(env.get("MY_RESOURCE_GROUP_NAME"),
                            env.get("MY_ACR_REGISTRY")).orElseThrow().importImage(postgresqlDeviation().text("target"));
                    new Helm(TestCharts.airflow(charts)).install().withName("airflow").withVersion("1.15.0")
                            .withNamespace(env.get("AKS_AIRFLOW_NAMESPACE"))
                            .withValuesFile(shell.resolve("airflow_values.yaml")).withValuesFile(fix)
                            .withKubeConfig(twin.kubeconfig()).call();
                    byHand.add(step);
                }
                case FEDERATED_CREDENTIAL -> {
                    // az identity federated-credential create --name external-secret-operator --identity-name
                    //   ${MY_IDENTITY_NAME} --resource-group ... --issuer ${OIDC_URL} --subject
                    //   system:serviceaccount:${AKS_AIRFLOW_NAMESPACE}:${SERVICE_ACCOUNT_NAME}
                    // (az's default audience), recorded in the twin's ARM as the command leaves it.
                    AzureWorld world = twin.azure().orElseThrow().world();
                    ManagedIdentity identity = world.identity(env.get("MY_RESOURCE_GROUP_NAME"),
                            env.get("MY_IDENTITY_NAME")).orElseThrow();
                    world.putFederatedCredential(identity, new FederatedCredential("external-secret-operator",
                            env.get("OIDC_URL"), "system:serviceaccount:" + env.get("AKS_AIRFLOW_NAMESPACE") + ":"
                            + env.get("SERVICE_ACCOUNT_NAME"), List.of("api://AzureADTokenExchange")));
                    byHand.add(step);
                }
                case ACCESS_POLICY -> {
                    // az keyvault set-policy --name $MY_KEYVAULT_NAME --object-id $MY_IDENTITY_NAME_PRINCIPAL_ID
                    //   --secret-permissions get
                    twin.azure().orElseThrow().world().vault(env.get("MY_RESOURCE_GROUP_NAME"),
                            env.get("MY_KEYVAULT_NAME")).orElseThrow().addPolicy(new AccessPolicy(env.get("TENANT_ID"),
                            env.get("MY_IDENTITY_NAME_PRINCIPAL_ID"), Map.of(AccessPolicy.SECRETS, Set.of("get"))));
                    byHand.add(step);
                }
                default -> {
                    String script = guideScript(step);
                    if (script != null) {
                        sh(shell, script);
                        byHand.add(step);
                    }
                }
            }
        }
        assertEquals(List.of(GuideStepId.NAMESPACE, GuideStepId.SERVICE_ACCOUNT, GuideStepId.INSTALL_ESO,
                GuideStepId.SECRET_STORE, GuideStepId.EXTERNAL_SECRET, GuideStepId.FEDERATED_CREDENTIAL,
                GuideStepId.ACCESS_POLICY, GuideStepId.LOGS_VOLUME,
                GuideStepId.HELM_VALUES, GuideStepId.DEPLOY_AIRFLOW), byHand,
                "every command step of the article ran by hand");
        assertTrue(guideScript(GuideStepId.NAMESPACE).contains(GuideStepId.NAMESPACE.command()),
                "the resource holds the catalogue's own command for the step");

        Run plan = plan("--detailed-exitcode");
        assertEquals(0, plan.code(), "only airflow-aks's own metadata differs:\n" + plan.out() + plan.err());
        assertTrue(plan.out().contains("Adopt (metadata only): 6 object(s)"), plan.out());
        assertTrue(plan.out().contains("0 to create, 0 to update, 0 to delete"), plan.out());
        assertFalse(plan.out().contains("provisioned-by"), "the guide's PV is compared with the guide's PV:\n"
                + plan.out());
        assertEquals(Set.of("Namespace", "ServiceAccount", "SecretStore", "ExternalSecret", "PersistentVolume",
                "PersistentVolumeClaim"), adoptedKinds(plan), plan.out());
        assertEquals(2, plan("--detailed-exitcode=strict").code(), "strict counts the adoptions as changes");
    }

    @Test
    @Order(2)
    void aChangeBesidesOurLabelIsAnUpdateNotAnAdoption() throws Exception {
        sh(dir, "kubectl -n ${AKS_AIRFLOW_NAMESPACE} label pvc " + GuideNames.PVC + " team=data");
        sh(dir, "kubectl -n ${AKS_AIRFLOW_NAMESPACE} annotate serviceaccount ${SERVICE_ACCOUNT_NAME} --overwrite "
                + "azure.workload.identity/client-id=someone-else");
        Run changed = plan("--detailed-exitcode");
        assertEquals(2, changed.code(), "a changed client-id is a change:\n" + changed.out() + changed.err());
        assertTrue(changed.out().contains("Adopt (metadata only): 5 object(s)"), changed.out());
        assertFalse(adoptedKinds(changed).contains("ServiceAccount"), changed.out());
    }

    @Test
    @Order(3)
    void aHandPatchedWebserverIsDriftUntilTheNextApply() throws Exception {
        Run apply = apply();
        assertEquals(0, apply.code(), apply.out() + apply.err());
        Run converged = plan("--detailed-exitcode=strict");
        assertEquals(0, converged.code(), "converged after apply, nothing left to adopt:\n" + converged.out());

        sh(dir, "kubectl -n ${AKS_AIRFLOW_NAMESPACE} patch deployment airflow-webserver --type=json -p "
                + "'[{\"op\":\"replace\",\"path\":\"/spec/template/spec/containers/0/args/2\","
                + "\"value\":\"exec airflow webserver --debug\"},"
                + "{\"op\":\"remove\",\"path\":\"/metadata/labels/component\"}]'");
        Run drifted = plan("--detailed-exitcode");
        assertEquals(2, drifted.code(), drifted.out() + drifted.err());
        assertTrue(drifted.out().contains("Deployment airflow/airflow-webserver (drift from helm release airflow)"),
                drifted.out());
        assertTrue(drifted.out().contains("- spec.template.spec.containers[0].args[2]: \"exec airflow webserver "
                + "--debug\""), drifted.out());
        assertTrue(drifted.out().contains("+ metadata.labels.component: \"webserver\""), drifted.out());

        Run repaired = apply();
        assertEquals(0, repaired.code(), repaired.out() + repaired.err());
        assertTrue(repaired.out().contains("repaired drift of 1 object"), repaired.out());
        Run after = plan("--detailed-exitcode");
        assertEquals(0, after.code(), after.out());
    }

    /** The kinds the plan prints as {@code a adopt <Kind> <name>}. */
    private static Set<String> adoptedKinds(Run plan) {
        return plan.out().lines().map(String::strip).filter(l -> l.startsWith("a adopt "))
                .map(l -> l.substring("a adopt ".length()).split(" ")[0]).collect(Collectors.toCollection(TreeSet::new));
    }

    private static Run plan(String... args) {
        PlanCommand plan = new PlanCommand();
        plan.environment = env;
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--work-dir", dir.resolve("work").toString()));
        return DestroyPurgeTwinTest.run(plan, "", all.toArray(String[]::new));
    }

    private static Run apply() {
        ApplyCommand apply = new ApplyCommand();
        apply.environment = env;
        return DestroyPurgeTwinTest.run(apply, "", "--work-dir", dir.resolve("work").toString());
    }

    /** The article's command text for {@code step}, or null when the step has no kubectl/shell command of its own. */
    private static String guideScript(GuideStepId step) throws IOException {
        try (InputStream in = AdoptAndDriftCliTwinTest.class.getResourceAsStream("guide/" + step.name() + ".sh")) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** The deviation's chart value, as a person who read the fix would write it (the ACR copy of the image). */
    private static String postgresqlFix() {
        String target = postgresqlDeviation().text("target");
        int colon = target.lastIndexOf(':');
        return "postgresql:\n  image:\n    registry: " + env.get("MY_ACR_REGISTRY") + ".azurecr.io\n"
                + "    repository: " + target.substring(0, colon) + "\n    tag: " + target.substring(colon + 1) + "\n";
    }

    private static dev.airflowaks.guide.world.Deviation postgresqlDeviation() {
        return WorldFacts.load().deviations().stream().filter(d -> d.id().equals("postgresql-from-bitnamilegacy"))
                .findFirst().orElseThrow();
    }

    /** Runs {@code script} with {@code sh} in {@code cwd}, with the guide's variables and the twin's kubeconfig. */
    private static void sh(Path cwd, String script) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder("sh", "-e", "-c", script).directory(cwd.toFile())
                .redirectErrorStream(true);
        Map<String, String> shellEnv = new HashMap<>(env);
        shellEnv.put("KUBECONFIG", twin.kubeconfig().toString());
        pb.environment().putAll(shellEnv);
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "sh did not finish within 60 s:\n" + script);
        System.out.println("sh> " + out);
        assertEquals(0, p.exitValue(), script + "\n" + out);
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, command)));
    }
}
