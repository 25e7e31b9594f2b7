package dev.airflowaks.diagnosis.rules;

import dev.airflowaks.diagnosis.Observation;
import dev.airflowaks.diagnosis.Terminal;
import dev.airflowaks.guide.GuideStepId;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * ESO 0.10 sets Ready=False SecretSyncedError "could not get secret data from provider" and records the provider's
 * own words in a Warning UpdateFailed event on the ExternalSecret.
 */
class ProviderErrorRulesTest {

    private static final String ES = "storage-account-credentials";
    private static final String GENERIC = "could not get secret data from provider";

    private static Observation failing(String eventMessage, Set<String> secrets) {
        return Observation.empty(Build.NS)
                .withSecrets(List.of(Build.failingExternalSecret(ES, ES, GENERIC)), secrets)
                .withEvents(List.of(Build.event("ExternalSecret", ES, "UpdateFailed", eventMessage, 2)));
    }

    @Test
    void anAadstsAnswerIsTheTokenExchangeRefused() {
        Observation o = failing(GENERIC + ": AADSTS70021: No matching federated identity record found for "
                + "presented assertion subject 'system:serviceaccount:airflow:wrong'.", Set.of());

        Terminal t = new TokenExchangeRefused().judge(o).orElseThrow();

        assertEquals("externalsecret/" + ES, t.object());
        assertTrue(t.cause().contains("AADSTS70021"), t.cause());
        assertEquals(GuideStepId.FEDERATED_CREDENTIAL, t.fix());
        assertTrue(new AccessPolicyDenied().judge(o).isEmpty());
    }

    @Test
    void aKeyVault403IsTheAccessPolicy() {
        Observation o = failing(GENERIC + ": keyvault.BaseClient#GetSecret: Failure responding to request: "
                + "StatusCode=403 -- Original Error: autorest/azure: Service returned an error. Status=403 "
                + "Code=\"Forbidden\" Message=\"The user, group or application does not have secrets get permission\"",
                Set.of());

        Terminal t = new AccessPolicyDenied().judge(o).orElseThrow();

        assertEquals(GuideStepId.ACCESS_POLICY, t.fix());
        assertTrue(t.cause().contains("secrets get permission"), t.cause());
    }

    @Test
    void aMissingSecretWithAnyProviderErrorIsTerminal() {
        Observation o = failing(GENERIC + ": Secret not found: storage-account-key", Set.of());

        Terminal t = new SecretProviderError().judge(o).orElseThrow();

        assertTrue(t.cause().startsWith("(Secret " + ES + " missing) "), t.cause());
        assertEquals(GuideStepId.EXTERNAL_SECRET, t.fix());
    }

    @Test
    void anExternalSecretNotReconciledYetOrWhoseSecretStillExistsKeepsWaiting() {
        Observation fresh = Observation.empty(Build.NS)
                .withSecrets(List.of(Build.pendingExternalSecret(ES, ES)), Set.of());
        Observation stillThere = failing(GENERIC + ": Secret not found: storage-account-key", Set.of(ES));

        assertTrue(new SecretProviderError().judge(fresh).isEmpty());
        assertTrue(new TokenExchangeRefused().judge(fresh).isEmpty());
        assertTrue(new SecretProviderError().judge(stillThere).isEmpty());
        Observation storeNotYet = failing(GENERIC + ": SecretStore.external-secrets.io \"azure-store\" not found",
                Set.of());
        assertTrue(new SecretProviderError().judge(storeNotYet).isEmpty());
    }
}
