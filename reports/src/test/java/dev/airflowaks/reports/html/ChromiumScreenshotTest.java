package dev.airflowaks.reports.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Renders the sample report in headless Chromium and keeps the PNG under {@code target/report-screenshots/} so a
 * person can look at the page. Skipped, with the reason, where no Chromium is installed.
 */
class ChromiumScreenshotTest {

    private static final List<String> BINARIES = List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable");

    @Test
    void rendersTheReportInHeadlessChromium(@TempDir Path profile) throws Exception {
        Optional<Path> chromium = findChromium();
        assumeTrue(chromium.isPresent(), "Chromium not found: set -Dchromium.path or put one of " + BINARIES
                + " on PATH (Debian: apt-get install chromium)");

        Path dir = Path.of("target", "report-screenshots").toAbsolutePath();
        Path html = new HtmlReport().write(SampleReports.mixed(), dir.resolve("sample-report.html"));
        Path png = dir.resolve("sample-report.png");
        Files.deleteIfExists(png);

        Process p = new ProcessBuilder(chromium.get().toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--no-first-run", "--hide-scrollbars",
                "--user-data-dir=" + profile, "--screenshot=" + png, "--window-size=1280,4800",
                html.toUri().toString())
                .redirectErrorStream(true).redirectOutput(dir.resolve("chromium.log").toFile()).start();
        boolean done = p.waitFor(90, TimeUnit.SECONDS);
        if (!done) {
            p.destroyForcibly();
        }
        assertTrue(done, "chromium did not finish within 90 s; see " + dir.resolve("chromium.log"));
        assertTrue(Files.size(png) > 10_000, "screenshot written: " + png);

        BufferedImage image = ImageIO.read(png.toFile());
        assertEquals(1280, image.getWidth());
        assertTrue(distinctColours(image) > 50, "the page rendered content, not a blank canvas");
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 7) {
            for (int x = 0; x < image.getWidth(); x += 7) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static Optional<Path> findChromium() {
        String configured = System.getProperty("chromium.path");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : BINARIES) {
            for (String entry : path.split(File.pathSeparator)) {
                Path candidate = Path.of(entry, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
