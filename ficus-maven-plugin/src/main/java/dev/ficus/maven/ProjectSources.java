package dev.ficus.maven;

import java.nio.file.Path;
import java.util.List;

/**
 * What a goal analyses: every Java source below the execution root, with the jars the
 * reactor's modules compile against.
 *
 * @param root the execution root's folder; every module below it is read
 * @param includeTests also read {@code src/test/java}-style roots (and resolve
 * test-scoped jars)
 * @param excludes glob patterns, relative to root, of files to skip
 * @param classpath jars to resolve library types against
 */
record ProjectSources(Path root, boolean includeTests, List<String> excludes, List<Path> classpath) {

    ProjectSources {
        excludes = List.copyOf(excludes);
        classpath = List.copyOf(classpath);
    }
}
