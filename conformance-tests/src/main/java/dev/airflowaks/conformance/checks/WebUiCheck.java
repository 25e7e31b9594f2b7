package dev.airflowaks.conformance.checks;

import dev.airflowaks.conformance.context.Verification;

import dev.airflowaks.conformance.context.CheckContext;
import dev.airflowaks.conformance.webui.WebserverAccess;
import dev.airflowaks.conformance.webui.WebserverUnreachable;
import dev.airflowaks.conformance.expect.Expectations;
import dev.airflowaks.guide.GuideStepId;
import dev.airflowaks.conformance.guide.VerifiesStep;
import dev.airflowaks.conformance.kube.AirflowComponent;
import dev.airflowaks.conformance.rootcause.Link;
import dev.airflowaks.conformance.rootcause.LinkState;
import dev.airflowaks.conformance.tags.ConformanceCheck;
import dev.airflowaks.conformance.tags.ConformanceTags;
import dev.airflowaks.targets.Capability;
import io.fabric8.kubernetes.client.utils.Serialization;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * Check 10: the UI answers the way the guide shows it, through a port-forward to {@code svc/airflow-webserver:8080}:
 * {@code /health} reports metadatabase, scheduler and triggerer healthy and {@code /login/} is the sign-in page.
 * On a target whose webserver is a stand-in (the twin), the check says so and is reported as substituted.
 */
@DisplayName("Airflow UI")
@VerifiesStep(GuideStepId.ACCESS_UI)
@Tag(ConformanceTags.UI)
public class WebUiCheck extends GuideCheck {

    static final List<String> HEALTH_PARTS = List.of("metadatabase", "scheduler", "triggerer");

    @ConformanceCheck
    @DisplayName("GET /health reports metadatabase, scheduler and triggerer healthy")
    public void healthReportsHealthy(CheckContext c) {
        try (WebserverAccess.Session session = open(c)) {
            WebserverAccess.HttpAnswer answer = session.get("/health");
            judgeStandIn(c, answer, session);
            JsonNode health = answer.status() == 200 ? parse(answer.body()) : null;
            String firstUnhealthy = HEALTH_PARTS.stream().filter(p -> health == null
                    || !"healthy".equals(health.path(p).path("status").asString(""))).findFirst().orElse(null);
            Verification v = c.verify(GuideStepId.ACCESS_UI, "Airflow /health via " + session.describe(),
                    firstUnhealthy == null ? null : healthLink(c, firstUnhealthy, health));
            v.equal("HTTP status", 200, answer.status()).checkpoint();
            for (String part : HEALTH_PARTS) {
                v.equal(part, "healthy", health == null ? "unparsable body"
                        : health.path(part).path("status").asString("absent"));
            }
            v.done();
        }
    }

    @ConformanceCheck
    @DisplayName("GET /login/ answers 200 with \"Sign In\"")
    public void loginPageAnswers(CheckContext c) {
        try (WebserverAccess.Session session = open(c)) {
            WebserverAccess.HttpAnswer answer = session.get("/login/");
            judgeStandIn(c, answer, session);
            c.verify(GuideStepId.ACCESS_UI, "Airflow /login/ via " + session.describe(),
                            c.run().links().pod(AirflowComponent.WEBSERVER))
                    .equal("HTTP status", 200, answer.status())
                    .that("page", "contains \"Sign In\"", answer.body().contains("Sign In"),
                            answer.body().contains("Sign In") ? "contains \"Sign In\"" : "no \"Sign In\" ("
                                    + answer.body().length() + " characters)")
                    .done();
        }
    }

    /** The guide's port-forward; nothing to forward to is the target's failure, explained by the webserver pod. */
    private static WebserverAccess.Session open(CheckContext c) {
        try {
            return c.run().webserver().open();
        } catch (WebserverUnreachable e) {
            c.verify(GuideStepId.ACCESS_UI, "port-forward to svc/" + Expectations.WEBSERVER_SERVICE + ":"
                            + Expectations.WEBSERVER_PORT, c.run().links().pod(AirflowComponent.WEBSERVER))
                    .that("webserver reachable", "a running pod behind svc/" + Expectations.WEBSERVER_SERVICE, false,
                            e.getMessage()).done();
            throw e;
        }
    }

    /**
     * A stand-in is known by the mark it serves. On a target that declares {@code REAL_AIRFLOW} the mark is a failure
     * (the declaration is false); elsewhere the check is reported as answered by a stand-in.
     */
    private static void judgeStandIn(CheckContext c, WebserverAccess.HttpAnswer answer,
                                     WebserverAccess.Session session) {
        if (answer.standInMark().isEmpty()) {
            return;
        }
        if (c.run().has(Capability.REAL_AIRFLOW)) {
            c.verify(GuideStepId.ACCESS_UI, "Airflow webserver via " + session.describe(), null)
                    .that("served by", "Apache Airflow (the target declares REAL_AIRFLOW)", false,
                            "a stand-in (" + answer.standInMark().get() + ")").done();
        }
        c.substituted("target " + c.run().targetName() + " serves a stand-in for the Airflow webserver ("
                + answer.standInMark().get() + "): this proves the port-forward path and the health contract, not "
                + "Airflow itself");
    }

    /** "/health scheduler unhealthy", explained by the component's pod when that is broken too. */
    private static Link healthLink(CheckContext c, String part, JsonNode health) {
        String state = health == null ? "unknown (no parsable /health)"
                : health.path(part).path("status").asString("absent");
        return new Link("/health " + part, null, () -> LinkState.broken(state, GuideStepId.DEPLOY_AIRFLOW),
                () -> List.of(c.run().links().pod(componentFor(part))));
    }

    private static AirflowComponent componentFor(String part) {
        return switch (part) {
            case "scheduler" -> AirflowComponent.SCHEDULER;
            case "triggerer" -> AirflowComponent.TRIGGERER;
            default -> AirflowComponent.POSTGRESQL;
        };
    }

    private static JsonNode parse(String body) {
        try {
            return Serialization.jsonMapper().readTree(body);
        } catch (RuntimeException e) {
            return null;
        }
    }
}
