package dev.ficus.analyzer;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates the fixture codebases under {@code src/test/resources/fixtures/<case>/}. */
public final class Fixtures {

    /** The folder holding every fixture, relative to the module (surefire runs there). */
    public static final Path ROOT = Path.of("src/test/resources/fixtures");

    private Fixtures() {
    }

    /**
     * The folder of one fixture case, e.g. {@code servlet}; fails fast when it does not
     * exist.
     */
    public static Path of(String name) {
        Path path = ROOT.resolve(name);
        if (!Files.isDirectory(path)) {
            throw new IllegalArgumentException("no fixture " + name + " under " + ROOT.toAbsolutePath());
        }
        return path;
    }

}
