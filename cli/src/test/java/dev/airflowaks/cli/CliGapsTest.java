package dev.airflowaks.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.airflowaks.deployer.config.ConfigKey;
import dev.airflowaks.fixtures.twin.azure.AzureTwin;
import dev.airflowaks.fixtures.twin.azure.AzureTwinOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * Issue 17 points 7 and 9 at the command line: picocli usage errors exit 3 (its default 2 collided with "changes"
 * and "inconclusive"), {@code config keys} lists every accepted name with its meaning, and a twin removes its
 * temporary {@code azure-twin-*} folder when it closes.
 */
class CliGapsTest {

    @ParameterizedTest
    @ValueSource(strings = {"--no-such-flag", "apply --no-such-flag", "plan --detailed-exitcode=maybe",
        "twin start --no-such-flag", "verify --no-such-flag", "run --no-such-flag", "no-such-command"})
    void usageErrorsExitThree(String args) {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(3, cl.execute(args.split(" ")), args);
    }

    @Test
    void configKeysListsEveryNameWithItsMeaning() {
        CommandLine cl = Main.commandLine();
        StringWriter out = new StringWriter();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("config", "keys"));
        for (ConfigKey key : ConfigKey.values()) {
            assertTrue(out.toString().contains("  " + key.name() + " "), key + " in\n" + out);
            assertTrue(out.toString().contains(key.description()), key + " in\n" + out);
        }
    }

    @Test
    void aTwinRemovesItsTemporaryFolder() {
        Path folder;
        try (AzureTwin twin = AzureTwin.start(AzureTwinOptions.defaults())) {
            folder = twin.caCertPem().getParent();
            assertTrue(folder.getFileName().toString().startsWith("azure-twin-"), folder.toString());
            assertTrue(Files.isDirectory(folder));
        }
        assertFalse(Files.exists(folder), folder + " left behind");
    }
}
