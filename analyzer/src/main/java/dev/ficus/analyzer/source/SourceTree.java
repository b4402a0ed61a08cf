package dev.ficus.analyzer.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The files under the analysed folder worth reading: Java sources outside build output,
 * test trees (unless asked for), generated code and excluded paths, plus XML descriptors.
 *
 * @param javaFiles sorted
 * @param xmlFiles {@code web.xml} and MyBatis mapper candidates, sorted
 * @param diagnostics warnings about what was skipped
 */
record SourceTree(List<Path> javaFiles, List<Path> xmlFiles, List<Diagnostic> diagnostics) {

    private static final Set<String> BUILD_DIRECTORIES = Set.of("target", "build", "out", "bin", "node_modules");

    private static final Set<String> TEST_DIRECTORIES = Set.of("test", "tests", "it", "testFixtures", "integrationTest",
            "jmh", "benchmark", "benchmarks");

    /**
     * Source sets named after tests: {@code bdd_test}, {@code integration_test},
     * {@code ui_tests}, {@code e2eTest}.
     */
    private static final Pattern TEST_SOURCE_SET = Pattern.compile("(?i).*[_-]?tests?");

    /**
     * A desktop client module beside a server application is not part of the monolith
     * being split.
     */
    private static final Pattern DESKTOP_MODULE = Pattern.compile("(?i)desktop([_-]?(app|client|ui))?");

    private static final Set<String> GENERATED_DIRECTORIES = Set.of("generated", "generated-sources", "generated-src",
            "generated-test-sources");

    private static final long MAX_XML_BYTES = 1 << 20;

    /** An exclude glob as a matcher; a malformed one is the user's to fix. */
    private static PathMatcher excludeMatcher(String glob) {
        try {
            return FileSystems.getDefault().getPathMatcher("glob:" + glob);
        }
        catch (PatternSyntaxException e) {
            throw new InvalidInputException("exclude glob '" + glob + "' is not valid: " + e.getDescription()
                    + (e.getIndex() >= 0 ? " at index " + e.getIndex() : ""));
        }
    }

    static SourceTree scan(SourceRequest request) {
        Path root = request.root();
        List<PathMatcher> excludes = request.excludeGlobs().stream().map(SourceTree::excludeMatcher).toList();
        List<Path> javaFiles = new ArrayList<>();
        List<Path> xmlFiles = new ArrayList<>();
        List<Diagnostic> diagnostics = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                    if (dir.equals(root)) {
                        return FileVisitResult.CONTINUE;
                    }
                    String name = dir.getFileName().toString();
                    if (name.startsWith(".") || BUILD_DIRECTORIES.contains(name) || excluded(excludes, root, dir)
                            || !request.includeTests() && isTestTree(dir)) {
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (!request.includeTests() && DESKTOP_MODULE.matcher(name).matches()
                            && Files.isDirectory(dir.resolve("src"))) {
                        diagnostics.add(Diagnostic.warning(relative(root, dir), 0,
                                "desktop client module skipped (--include-tests reads it)"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    if (GENERATED_DIRECTORIES.contains(name)) {
                        diagnostics.add(Diagnostic.warning(relative(root, dir), 0, "generated sources skipped"));
                        return FileVisitResult.SKIP_SUBTREE;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    String name = file.getFileName().toString();
                    if (!attributes.isRegularFile() || excluded(excludes, root, file)) {
                        return FileVisitResult.CONTINUE;
                    }
                    if (name.endsWith(".java") && !name.equals("module-info.java")
                            && !name.equals("package-info.java")) {
                        javaFiles.add(file);
                    }
                    else if (name.endsWith(".xml") && attributes.size() <= MAX_XML_BYTES) {
                        xmlFiles.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    diagnostics.add(Diagnostic.warning(relative(root, file), 0, "cannot be read: " + e.getMessage()));
                    return FileVisitResult.CONTINUE;
                }
            });
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        javaFiles.sort(null);
        xmlFiles.sort(null);
        return new SourceTree(List.copyOf(javaFiles), List.copyOf(xmlFiles), List.copyOf(diagnostics));
    }

    static String relative(Path root, Path file) {
        String relative = root.relativize(file).toString().replace('\\', '/');
        return relative.isEmpty() ? file.getFileName().toString() : relative;
    }

    private static boolean isTestTree(Path dir) {
        Path parent = dir.getParent();
        String name = dir.getFileName().toString();
        return parent != null && parent.getFileName() != null && parent.getFileName().toString().equals("src")
                && (TEST_DIRECTORIES.contains(name) || TEST_SOURCE_SET.matcher(name).matches());
    }

    private static boolean excluded(List<PathMatcher> excludes, Path root, Path path) {
        if (excludes.isEmpty()) {
            return false;
        }
        Path relative = root.relativize(path);
        return excludes.stream().anyMatch(matcher -> matcher.matches(relative));
    }
}
