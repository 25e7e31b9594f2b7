package dev.airflowaks.conformance.guide;

import dev.airflowaks.guide.Article;
import dev.airflowaks.guide.GuideStepId;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes docs/checks.md from the catalogue and the checks' own metadata: guide step → check class → what each
 * check method asserts (its display name) → the unit test that makes it fail on a seeded fault. A fault test is a
 * {@code @Test} of {@code <Check>Test} whose body expects a failure ({@code World.fails} or {@code assertThrows})
 * from a call to the check method, or names the method among the warnings of a graded run. Nothing here is typed by hand, so the page cannot drift from the checks.
 */
final class ChecksDoc {

    static final String REGENERATE = "mvn -B -q -o -pl conformance-tests -am test -Dtest=CheckCatalogueTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Dchecks.doc.write=true";

    private static final Pattern TEST_METHOD = Pattern.compile("@Test\\s+(?:@[^\\n]+\\s+)*void\\s+(\\w+)\\s*\\(");

    private final Path testSources;
    private final Path mainSources;

    ChecksDoc(Path mainSources, Path testSources) {
        this.mainSources = mainSources;
        this.testSources = testSources;
    }

    String render() {
        StringBuilder md = new StringBuilder();
        md.append("# Checks, by guide step\n\n")
                .append("<!-- Generated from dev.airflowaks.guide.GuideStepId and the checks' @VerifiesStep and ")
                .append("@DisplayName; do not edit. Regenerate with:\n     ").append(REGENERATE).append(" -->\n\n")
                .append("Each check class verifies one step of the two Microsoft Learn articles (`@VerifiesStep`); the ")
                .append("run order and the numbers in the console and the report come from the step's place in ")
                .append("`GuideStepId`. Each assertion names the unit test that makes it fail on a seeded fault.\n");
        List<Class<?>> checks = CheckCatalogue.checkClasses();
        for (Article article : Article.values()) {
            List<GuideStepId> steps = GuideStepId.of(article).stream()
                    .filter(s -> checks.stream().anyMatch(c -> verifies(c, s))).toList();
            if (steps.isEmpty()) {
                continue;
            }
            md.append("\n## [").append(article.title()).append("](").append(article.url()).append(")\n");
            for (GuideStepId step : steps) {
                md.append("\n### ").append(CheckLabel.number(step)).append(". [").append(step.title()).append("](")
                        .append(step.url()).append(") (`").append(step.name()).append("`)\n\n")
                        .append("| Check | Asserts | Fails in |\n|---|---|---|\n");
                for (Class<?> check : checks) {
                    for (Method m : ordered(check)) {
                        if (stepOf(check, m) == step) {
                            md.append("| ").append(CheckLabel.of(check)).append(" (`").append(check.getSimpleName())
                                    .append("`) | ").append(cell(CheckCatalogue.asserts(m))).append(" | ")
                                    .append(faultTests(check, m)).append(" |\n");
                        }
                    }
                }
            }
        }
        return md.toString();
    }

    private static boolean verifies(Class<?> check, GuideStepId step) {
        return CheckCatalogue.tests(check).stream().anyMatch(m -> stepOf(check, m) == step);
    }

    private static GuideStepId stepOf(Class<?> check, Method m) {
        VerifiesStep own = m.getAnnotation(VerifiesStep.class);
        return own != null ? own.value() : CheckLabel.step(check).orElse(null);
    }

    private List<Method> ordered(Class<?> check) {
        String source = read(mainSources.resolve(path(check)));
        List<Method> out = new ArrayList<>(CheckCatalogue.tests(check));
        out.sort(Comparator.comparingInt(m -> source.indexOf(" " + m.getName() + "(")));
        return out;
    }

    private String faultTests(Class<?> check, Method m) {
        Path test = testSources.resolve(path(check).replace(".java", "Test.java"));
        if (!Files.exists(test)) {
            return "—";
        }
        String source = read(test);
        List<String> names = new ArrayList<>();
        Matcher t = TEST_METHOD.matcher(source);
        List<int[]> spans = new ArrayList<>();
        List<String> methods = new ArrayList<>();
        while (t.find()) {
            spans.add(new int[] {t.start()});
            methods.add(t.group(1));
        }
        for (int i = 0; i < spans.size(); i++) {
            int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : source.length();
            String body = source.substring(spans.get(i)[0], end);
            boolean expectsFailure = body.contains("fails(") || body.contains("assertThrows(");
            boolean calls = body.contains("." + m.getName() + "(")
                    || body.contains("\"" + check.getSimpleName() + "." + m.getName() + "\"");
            if (calls && (expectsFailure || body.contains("grades("))) {
                names.add("`" + test.getFileName().toString().replace(".java", "") + "." + methods.get(i) + "`");
            }
        }
        return names.isEmpty() ? "—" : String.join("<br>", names);
    }

    private static String path(Class<?> c) {
        return c.getName().replace('.', '/') + ".java";
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }

    private static String read(Path p) {
        try {
            return Files.readString(p);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
