package dev.ficus.bench.analyzer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The large real codebases the benchmark reads: {@code -sources.jar} artifacts from Maven
 * Central, unpacked through the Maven wrapper ({@code dependency:unpack}) under
 * {@code benchmarks/target/bench-sources/}.
 */
public final class BenchSources {

    /**
     * group:artifact:version of each default codebase; the versions Spring Boot 4.0.7
     * manages.
     */
    public static final List<String> ARTIFACTS_DEFAULT = List.of("org.springframework:spring-webmvc:7.0.8",
            "org.springframework:spring-context:7.0.8", "org.hibernate.orm:hibernate-core:7.2.19.Final");

    private static final long FETCH_TIMEOUT_MINUTES = 10;

    private BenchSources() {
    }

    /**
     * Unpacks each artifact's sources (once; later calls reuse them) and returns the
     * folders.
     */
    public static List<Path> fetch(Path repository, List<String> artifacts) {
        Path into = repository.resolve("benchmarks/target/bench-sources");
        List<Path> folders = new ArrayList<>();
        for (String artifact : artifacts) {
            Path folder = into.resolve(artifact.split(":")[1]);
            if (!Files.isDirectory(folder)) {
                unpack(repository, artifact, folder);
            }
            folders.add(folder);
        }
        return folders;
    }

    /**
     * The repository root: the nearest folder at or above the working directory holding
     * the Maven wrapper.
     */
    public static Path repositoryRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("mvnw"))) {
                return dir;
            }
        }
        throw new IllegalStateException("no mvnw at or above " + Path.of("").toAbsolutePath());
    }

    private static void unpack(Path repository, String artifact, Path folder) {
        List<String> command = List.of(repository.resolve("mvnw").toString(), "-B", "-q", "-N", "dependency:unpack",
                "-Dartifact=" + artifact + ":jar:sources", "-DoutputDirectory=" + folder);
        try {
            Process process = new ProcessBuilder(command).directory(repository.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
            if (!process.waitFor(FETCH_TIMEOUT_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("could not unpack the sources of " + artifact);
            }
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while unpacking " + artifact, e);
        }
    }

}
