package dev.ficus.deploycheck;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Where this repository's root and its {@code deploy/k8s} tree are, as the build tells
 * the tests.
 */
final class DeployTree {

    private DeployTree() {
    }

    /**
     * The repository root: the {@code ficus.root} system property set by the build, else
     * the parent directory.
     */
    static Path root() {
        return Path.of(System.getProperty("ficus.root", "..")).toAbsolutePath().normalize();
    }

    static Path k8s() {
        return root().resolve("deploy/k8s");
    }

    /**
     * Copies the folder {@code from} to {@code to} (new), e.g. deploy/k8s to a place a
     * test may change it.
     */
    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                }
                else {
                    Files.copy(path, target);
                }
            }
        }
    }

    /** The folders under {@code deploy/k8s/overlays}, sorted. */
    static Stream<Path> overlays() {
        try (Stream<Path> children = Files.list(k8s().resolve("overlays"))) {
            return children.filter(Files::isDirectory).sorted().toList().stream();
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

}
