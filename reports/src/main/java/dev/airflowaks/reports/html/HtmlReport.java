package dev.airflowaks.reports.html;

import dev.airflowaks.reports.model.RunReport;
import dev.airflowaks.reports.redact.SecretRedactor;
import gg.jte.html.OwaspHtmlTemplateOutput;
import gg.jte.output.StringOutput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Renders a {@link RunReport} as ONE self-contained HTML file: the stylesheet is inlined, there are no scripts, fonts
 * or images to fetch, so the page opens offline, from a CI artifact or an e-mail. The page is the jte templates under
 * {@code src/main/jte} ({@code report.jte} and the sections it includes), compiled to Java at build time, so a template
 * that does not type-check against the model fails the build; jte escapes every value for the context it lands in.
 * Secret data that slipped into evidence is redacted again here.
 *
 * <p>Usage: {@code new HtmlReport().write(report, Path.of("target/conformance-report.html"))}.
 */
public final class HtmlReport {

    private final SecretRedactor redactor = new SecretRedactor();
    private final String css;

    /** A renderer with the standard page layout. */
    public HtmlReport() {
        this.css = loadCss();
    }

    /** The page as a string. */
    public String render(RunReport report) {
        StringOutput out = new StringOutput(32 * 1024);
        JtereportGenerated.render(new OwaspHtmlTemplateOutput(out), null, report, css, redactor);
        return out.toString();
    }

    /** Writes the page to {@code file} (UTF-8), creating parent directories; returns the file for printing. */
    public Path write(RunReport report, Path file) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, render(report), StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write HTML report " + file, e);
        }
    }

    /** The stylesheet, a trusted resource of this jar, inlined verbatim by report.jte. */
    private static String loadCss() {
        try (InputStream in = HtmlReport.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css missing from the reports jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report.css", e);
        }
    }
}
