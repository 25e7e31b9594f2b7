package dev.airflowaks.conformance.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.discovery.PackageSelector;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

/** The checks are found from the shaded jar's entry names as JUnit's package scan would find them. */
class CheckSelectorsTest {

    @TempDir
    Path dir;

    @Test
    void fromAJarEveryTopLevelClassOfThePackageAndItsSubpackagesIsSelectedByName() throws IOException {
        Path jar = dir.resolve("cli.jar");
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream j = new JarOutputStream(out)) {
            for (String name : List.of("a/b/", "a/b/FooCheck.class", "a/b/FooCheck$1.class", "a/b/package-info.class",
                    "a/b/profile/", "a/b/profile/Bar.class", "a/b/Readme.txt", "a/bx/NotHereCheck.class",
                    "x/a/b/AlsoNotHereCheck.class")) {
                j.putNextEntry(new JarEntry(name));
                j.closeEntry();
            }
        }
        assertEquals(List.of("a.b.FooCheck", "a.b.profile.Bar"), CheckSelectors.classNames(jar, "a.b"));
    }

    @Test
    void fromADirectoryThePackageIsScannedAsBefore() {
        // under Maven the launcher is loaded from target/classes, a directory
        List<DiscoverySelector> selectors = CheckSelectors.of(ConformanceLauncher.CHECKS_PACKAGE,
                ConformanceLauncher.class);
        assertEquals(1, selectors.size());
        assertEquals(ConformanceLauncher.CHECKS_PACKAGE,
                assertInstanceOf(PackageSelector.class, selectors.get(0)).getPackageName());
    }
}
