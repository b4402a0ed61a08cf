package dev.ficus.analyzer.source;

import java.nio.file.Path;
import java.util.List;

/**
 * What to read: a folder with Java sources anywhere below it, or one source root.
 *
 * @param root the folder the user named
 * @param includeTests also read {@code src/test/java}-style roots
 * @param excludeGlobs glob patterns (relative to root, {@code PathMatcher} syntax) of
 * files to skip
 * @param classpath jars to resolve library types against
 */
public record SourceRequest(Path root, boolean includeTests, List<String> excludeGlobs, List<Path> classpath) {

    public SourceRequest {
        excludeGlobs = List.copyOf(excludeGlobs);
        classpath = List.copyOf(classpath);
    }

    public static SourceRequest of(Path root) {
        return new SourceRequest(root, false, List.of(), List.of());
    }
}
