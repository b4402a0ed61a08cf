package dev.ficus.deploycheck;

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

    /** The folders under {@code deploy/k8s/overlays}, sorted. */
    static Stream<Path> overlays() {
        try (Stream<Path> children = Files.list(k8s().resolve("overlays"))) {
            return children.filter(Files::isDirectory).sorted().toList().stream();
        }
        catch (java.io.IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

}
