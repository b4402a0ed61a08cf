package dev.ficus.testsupport;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;

/**
 * The Ficus libraries a project made by {@code ficus extract} depends on, published from
 * this reactor's build into a local Maven repository of a test's own, as
 * {@code ./mvnw install -pl extracted-services/event-sync,extracted-services/problem-details,extracted-services/caller-trust,extracted-services/live-settings -am}
 * would publish them into the user's, and this library, which a build of the monolith
 * itself resolves (its tests use it) even when it skips the tests. Tests build the
 * generated project with {@code -Dmaven.repo.local=} that repository and
 * {@code -Dmaven.repo.local.tail=} the shared one, so they read third-party artifacts
 * without ever writing to the shared repository (other builds on the machine use its
 * Ficus snapshots).
 */
public final class ReactorLibraries {

    private record Library(String pom, Optional<String> jar, String artifactId, String version) {
    }

    private ReactorLibraries() {
    }

    /**
     * Copies the libraries' poms and jars (built by the reactor rooted at {@code root})
     * into {@code repository}; fails naming a jar the reactor has not built.
     */
    public static void publish(Path root, String version, Path repository) throws IOException {
        List<Library> libraries = List.of(new Library("pom.xml", Optional.empty(), "ficus-parent", version),
                new Library("extracted-services/pom.xml", Optional.empty(), "extracted-services", version),
                library("extracted-services/event-sync", "event-sync", version),
                library("extracted-services/problem-details", "problem-details", version),
                library("extracted-services/caller-trust", "caller-trust", version),
                library("extracted-services/live-settings", "live-settings", version),
                library("shop-api", "shop-api", "1.1.0"), library("test-support", "test-support", version));
        for (Library library : libraries) {
            Path folder = repository.resolve("dev/ficus/" + library.artifactId() + "/" + library.version());
            String file = library.artifactId() + "-" + library.version();
            Files.createDirectories(folder);
            Files.copy(root.resolve(library.pom()), folder.resolve(file + ".pom"), StandardCopyOption.REPLACE_EXISTING);
            if (library.jar().isPresent()) {
                Path jar = root.resolve(library.jar().get());
                if (!Files.isRegularFile(jar)) {
                    throw new IllegalStateException(jar + " is not built; build the reactor with -am first");
                }
                Files.copy(jar, folder.resolve(file + ".jar"), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    private static Library library(String module, String artifactId, String version) {
        return new Library(module + "/pom.xml", Optional.of(module + "/target/" + artifactId + "-" + version + ".jar"),
                artifactId, version);
    }

}
