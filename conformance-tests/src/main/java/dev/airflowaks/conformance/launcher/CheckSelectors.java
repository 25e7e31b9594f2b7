package dev.airflowaks.conformance.launcher;

import org.junit.platform.engine.DiscoverySelector;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

/**
 * What JUnit discovers the checks from. From a directory (Maven's {@code target/classes}) it is the package, as
 * JUnit scans it. From a jar (the CLI's shaded jar, 54,000 entries) JUnit's package scan opens the whole jar once more
 * as a zip file system, a node per entry: about a tenth of {@code verify}'s CPU samples (bench/BENCHMARKS.md). There
 * the jar's entry names are read instead, through the {@link JarFile} the class loader has already opened (the JDK
 * shares one parsed central directory per file), and every class of the package and its subpackages is selected by
 * name; the launcher's class-name filter then keeps the checks, as after a package scan.
 */
final class CheckSelectors {

    private CheckSelectors() {
    }

    /** The selectors for the classes of {@code pkg}, which lives where {@code anchor} was loaded from. */
    static List<DiscoverySelector> of(String pkg, Class<?> anchor) {
        Path source = codeSource(anchor);
        if (source == null || !Files.isRegularFile(source)) {
            return List.of(selectPackage(pkg));
        }
        return classNames(source, pkg).stream().<DiscoverySelector>map(n -> selectClass(n)).toList();
    }

    /** The top-level classes of {@code pkg} and its subpackages in the jar {@code jar}, by name, in entry order. */
    static List<String> classNames(Path jar, String pkg) {
        String prefix = pkg.replace('.', '/') + "/";
        try (JarFile file = new JarFile(jar.toFile())) {
            return file.stream().map(JarEntry::getName)
                    .filter(n -> n.startsWith(prefix) && n.endsWith(".class") && n.indexOf('$') < 0
                            && !n.endsWith("/package-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the check classes from " + jar, e);
        }
    }

    private static Path codeSource(Class<?> anchor) {
        var domain = anchor.getProtectionDomain().getCodeSource();
        if (domain == null || domain.getLocation() == null) {
            return null;
        }
        try {
            return Path.of(domain.getLocation().toURI());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }
}
