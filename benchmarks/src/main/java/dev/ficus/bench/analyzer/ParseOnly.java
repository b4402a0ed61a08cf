package dev.ficus.bench.analyzer;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
import dev.ficus.analyzer.source.ParserSettings;
import dev.ficus.analyzer.work.ParallelWork;
import dev.ficus.analyzer.work.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The baselines: JavaParser parsing the same files on the same number of threads, with
 * nothing kept and nothing resolved, bare and with the analyzer's configuration. The
 * analysis cannot be faster than this.
 */
final class ParseOnly {

    private ParseOnly() {
    }

    /** Java files as the analyzer reads them from an unpacked sources jar. */
    static List<Path> javaFiles(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                .filter(file -> file.toString().endsWith(".java"))
                .filter(file -> !file.endsWith("package-info.java") && !file.endsWith("module-info.java"))
                .sorted()
                .toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The two parse-only baselines, timed side by side in one run. */
    enum Baseline {

        /** JavaParser as it comes: its default configuration. */
        BARE,

        /** The configuration the analyzer parses with ({@link ParserSettings}). */
        ANALYZER;

        ParserConfiguration configuration() {
            return (this == BARE) ? new ParserConfiguration() : ParserSettings.configuration();
        }

    }

    /**
     * Parses every file on the analyzer's threads with the baseline's configuration and
     * returns how many parsed successfully.
     */
    static long parse(List<Path> files, Baseline baseline) {
        ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(() -> new JavaParser(baseline.configuration()));
        return ParallelWork
            .map(files, file -> parsers.get().parse(read(file)).isSuccessful(), "parse-only", Progress.NONE)
            .stream()
            .filter(Boolean::booleanValue)
            .count();
    }

    private static String read(Path file) {
        try {
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
