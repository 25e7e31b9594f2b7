package dev.airflowaks.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.reports.model.CheckResult;
import dev.airflowaks.reports.model.EnvironmentFacts;
import dev.airflowaks.guide.Article;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.reports.model.RunReport;
import dev.airflowaks.reports.model.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReportTest {

    private final HtmlReport renderer = new HtmlReport();
    private final String page = renderer.render(SampleReports.mixed());

    @Test
    void showsTheVerdictAndTheCounts() {
        assertTrue(page.contains("<title>Not conformant"), "title carries the verdict");
        assertTrue(page.contains("class=\"verdict v-not-conformant\""));
        assertTrue(page.contains("2 of 9 checks failed, 1 broken."));
        assertTrue(page.contains("<span class=\"k\">First root cause</span><span>federated credential subject system:serviceaccount:airflow:wrong"));
        assertTrue(page.contains("<li class=\"root\">federated credential subject"), "the chain ends in the first broken link");
        assertTrue(page.contains("<mark>subject  = system:serviceaccount:airflow:wrong</mark>"), "the differing line is marked");
        assertEquals("4", count("st-passed"));
        assertEquals("2", count("st-failed"));
        assertEquals("1", count("st-broken"));
        assertEquals("1", count("st-not-applicable"));
        assertEquals("2", count("st-substituted"));
        assertEquals("1", count("st-skipped"));
    }

    @Test
    void theHeaderNamesANonGuideProfileNextToTheTarget() {
        RunReport ok = SampleReports.allPassed();
        RunReport local = new RunReport(ok.runId(), ok.startedAt(), ok.finishedAt(), "twin",
                new EnvironmentFacts("v1.32", java.util.Map.of(), "external-secrets.io/v1", java.util.Map.of("profile", "local")),
                ok.checks(), ok.timeline(), ok.grades());
        assertTrue(renderer.render(local).contains("Target <strong>twin</strong> (profile <strong>local</strong>)"));
        assertFalse(renderer.render(ok).contains("(profile "), "the guide profile is the default and not repeated");
    }

    @Test
    void theVerdictSaysWhereTheSuitesApplyStopped() {
        RunReport ok = SampleReports.allPassed();
        RunReport stopped = new RunReport(ok.runId(), ok.startedAt(), ok.finishedAt(), "twin",
                new EnvironmentFacts("v1.32", java.util.Map.of(), "", java.util.Map.of("apply",
                        "stopped at step 3 (External Secrets Operator (Helm)): context deadline exceeded; steps 4-10 did not run")),
                ok.checks(), ok.timeline(), ok.grades());
        String html = renderer.render(stopped);
        int verdict = html.indexOf("Conformance verdict");
        int apply = html.indexOf("<span class=\"k\">Apply</span><span>stopped at step 3 (External Secrets Operator");
        assertTrue(verdict >= 0 && apply > verdict, "shown in the verdict box");
        assertFalse(renderer.render(ok).contains("<span class=\"k\">Apply</span>"), "nothing when apply completed");
    }

    /** Issue 15.5: the failures a rotated storage key explains are grouped under it, after the causes. */
    @Test
    void failuresExplainedByTheFirstRootCauseAreGroupedAsItsConsequences() {
        String key = "Key Vault secret storage-account-key SHA-256 is none of the account's current keys \u2192 fix: "
                + "infrastructure guide, step 'storage account'";
        RunReport ok = SampleReports.allPassed();
        List<CheckResult> checks = new java.util.ArrayList<>(ok.checks());
        checks.add(CheckResult.builder("pods-ready", GuideStepId.DEPLOY_AIRFLOW).displayName("Airflow pods are Ready")
                .status(Status.FAILED).rootCause("pod airflow-scheduler-1 ContainerCreating \u2190 " + key).build());
        checks.add(CheckResult.builder("vault-key", GuideStepId.STORAGE_ACCOUNT).displayName("Vault key is current")
                .status(Status.FAILED).rootCause(key).build());
        checks.add(CheckResult.builder("sa", GuideStepId.SERVICE_ACCOUNT).displayName("ServiceAccount annotations")
                .status(Status.FAILED).rootCause("ServiceAccount airflow client-id 000 \u2192 fix: deploy guide, step "
                        + "'service account'").build());
        String html = renderer.render(new RunReport(ok.runId(), ok.startedAt(), ok.finishedAt(), "twin",
                ok.environment(), checks, ok.timeline(), ok.grades()));
        assertTrue(html.contains("<span class=\"k\">Also explains</span><span><a href=\"#check-pods-ready\">Airflow "
                + "pods are Ready</a></span>"), "the verdict box names the consequence");
        int group = html.indexOf("Consequences of the first root cause <span class=\"pill\">1</span>");
        assertTrue(group > 0, "a consequences group in the failed section");
        assertTrue(html.indexOf("id=\"check-vault-key\"") < group && html.indexOf("id=\"check-sa\"") < group,
                "the causes come first");
        assertTrue(html.indexOf("id=\"check-pods-ready\"") > group, "the consequence is under the group");
    }

    /** run --fault image-missing: an apply refused before any change is the first cause, not the empty namespace. */
    @Test
    void anApplyRefusedBeforeAnyChangeLeadsInsteadOfTheChecksOnTheUntouchedCluster() {
        RunReport failed = SampleReports.mixed();
        RunReport refused = new RunReport(failed.runId(), failed.startedAt(), failed.finishedAt(), "twin",
                new EnvironmentFacts("v1.32", java.util.Map.of(), "", java.util.Map.of("apply",
                        "stopped at step images (images the Airflow release pulls, before any change): image "
                                + "airflowaksacr.azurecr.io/airflow:2.9.3: not in ACR airflowaksacr \u2192 fix: import it")),
                failed.checks(), failed.timeline(), failed.grades());
        String html = renderer.render(refused);
        assertTrue(html.contains("<span class=\"k\">Apply</span><span>stopped at step images (images the Airflow "
                + "release pulls, before any change)<br>image airflowaksacr.azurecr.io/airflow:2.9.3: not in ACR "
                + "airflowaksacr<br>fix: import it<br>"), html.substring(html.indexOf("Conformance verdict")));
        assertFalse(html.contains("<span class=\"k\">First root cause</span>"), "no check leads a refused apply");
        assertTrue(renderer.render(failed).contains("<span class=\"k\">First root cause</span>"));
    }

    @Test
    void keepsFailedAndBrokenInSeparateOpenSections() {
        int failed = page.indexOf("<section class=\"problems st-failed\">");
        int broken = page.indexOf("<section class=\"problems st-broken\">");
        assertTrue(failed > 0 && broken > failed, "failed section first, broken section after it");
        String failedSection = page.substring(failed, broken);
        assertTrue(failedSection.contains("id=\"check-federated-credential\" open"));
        assertFalse(failedSection.contains("check-ui-health"), "the broken check is not listed as failed");
        assertTrue(page.substring(broken).contains("id=\"check-ui-health\" open"));
    }

    @Test
    void matrixGroupsChecksByArticleAndStepInGuideOrder() {
        int matrix = page.indexOf("<section class=\"matrix\">");
        String table = page.substring(matrix, page.indexOf("</section>", matrix));
        assertTrue(table.contains("<a href=\"" + Article.DEPLOY.url() + "\">"), "articles link to the guide");
        assertTrue(table.indexOf("1. Configure workload identity: create the namespace") < table.indexOf(
                "6. Create a federated credential"), "steps keep the catalogue's order");
        assertTrue(table.contains("rowspan=\"3\"><a href=\"" + GuideStepId.DEPLOY_AIRFLOW.url()
                + "\">10. Deploy Apache Airflow on AKS</a></th>"), "three checks share the step, linked to its heading");
        assertTrue(table.contains("<a href=\"#check-pv-spec\">"));
        assertTrue(table.contains("RWX is not real"), "substitution reasons are visible in the matrix");
    }

    @Test
    void evidenceIsCollapsedAndPassedChecksAreClosed() {
        assertTrue(page.contains("<details class=\"ev\"><summary>events: externalsecret"));
        assertFalse(page.contains("<details class=\"ev\" open"));
        assertTrue(page.contains("id=\"check-namespace-active\">"), "passed checks are not open");
    }

    @Test
    void showsReasonsForSubstitutedNotApplicableAndSkipped() {
        assertTrue(page.contains("<h4>Substituted because</h4><p>Local profile: SecretStore uses ESO's fake provider"));
        assertTrue(page.contains("<h4>Not applicable because</h4><p>Target k3s has no Azure"));
        assertTrue(page.contains("<h4>Skipped because</h4>"));
    }

    @Test
    void drawsTheTimelineWithATimedOutComponent() {
        assertTrue(page.contains("<li class=\"late\"><span class=\"comp\">airflow-scheduler</span>"));
        assertTrue(page.contains("style=\"width:100.0%\""), "the longest bar spans the scale");
        assertTrue(page.contains("not Ready (budget ran out)"));
    }

    @Test
    void gradesAreASeparateVerdictWithWarningsFirst() {
        assertTrue(page.contains("\u26a0 3 warnings"));
        int grades = page.indexOf("<section class=\"grades\">");
        String table = page.substring(grades, page.indexOf("</section>", grades));
        assertTrue(table.indexOf("Non-default admin password") < table.indexOf("Static webserver secret key"));
    }

    @Test
    void listsTheEnvironment() {
        for (String fact : List.of("v1.32.3+k3s1", "1.15.0", "0.10.7", "external-secrets.io/v1beta1",
                "20261127-030000-7f3a", "1 min 13 s", "k3s (local profile)")) {
            assertTrue(page.contains(fact), fact);
        }
        String unknown = renderer.render(SampleReports.allPassed());
        assertTrue(unknown.contains("<dt>Kubernetes</dt><dd><span class=\"unknown\">unknown</span>"));
    }

    @Test
    void isSelfContained() {
        assertFalse(Pattern.compile("<script|<link|<img|<iframe|@import|url\\(|@font-face", Pattern.CASE_INSENSITIVE)
                .matcher(page).find(), "nothing is fetched when the page opens");
        Matcher src = Pattern.compile("\\ssrc=").matcher(page);
        assertFalse(src.find());
    }

    @Test
    void escapesEverything() {
        Instant t = Instant.parse("2026-11-27T03:00:00Z");
        String evil = "<script>alert('x')</script>\"&";
        CheckResult c = CheckResult.builder(evil, GuideStepId.DEPLOY_AIRFLOW)
                .displayName(evil).status(Status.FAILED).expected(evil).actual(evil).rootCause(evil).build();
        String html = renderer.render(new RunReport(evil, t, t, evil,
                new EnvironmentFacts(evil, Map.of(evil, evil), evil, Map.of(evil, evil)), List.of(c), List.of(), List.of()));
        assertFalse(html.contains("<script>"));
        assertFalse(html.contains("\"&\""));
        assertTrue(html.contains("<span class=\"name\">&lt;script&gt;alert('x')&lt;/script&gt;\"&amp;</span>"),
                "element content: markup and ampersands escaped");
        assertTrue(html.contains("<details class=\"check st-failed\" id=\"check--script-alert-x-script-\" open>"));
        assertTrue(html.contains("id=\"check--script-alert-x-script-\""), "anchors are sanitised");
    }

    @Test
    void conformantRunSaysSo() {
        String html = renderer.render(SampleReports.allPassed());
        assertTrue(html.contains("class=\"verdict v-conformant\""));
        assertTrue(html.contains("All 1 checks that could run on this target passed."));
        assertFalse(html.contains("problems st-failed"), "no empty failure section");
        assertTrue(html.contains("Not graded"));
    }

    @Test
    void writesAUtf8FileAndReturnsItsPath(@TempDir Path dir) throws Exception {
        Path out = renderer.write(SampleReports.mixed(), dir.resolve("nested/report.html"));
        assertEquals(page, Files.readString(out));
    }

    @Test
    void theRenderedPageNeverContainsASecretValueThatSlippedIntoEvidence() {
        assertFalse(page.contains(SampleReports.SECRET_B64));
        assertFalse(page.contains(SampleReports.SECRET_VALUE));
        assertTrue(page.contains("azurestorageaccountkey: '&lt;redacted: 28 bytes, sha256 "), "key kept, value masked");
    }

    private String count(String cssClass) {
        Matcher m = Pattern.compile("<li class=\"count " + cssClass + "( zero)?\"><span class=\"n\">(\\d+)</span>").matcher(page);
        assertTrue(m.find(), cssClass);
        return m.group(2);
    }
}
