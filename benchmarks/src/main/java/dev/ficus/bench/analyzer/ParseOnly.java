package dev.ficus.bench.analyzer;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParserConfiguration;
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
 * The baseline: JavaParser parsing the same files on the same number of threads, with
 * nothing kept and nothing resolved. The analysis cannot be faster than this.
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

    /**
     * Parses every file on the analyzer's threads and returns how many parsed
     * successfully.
     */
    static long parse(List<Path> files) {
        ThreadLocal<JavaParser> parsers = ThreadLocal.withInitial(() -> new JavaParser(
                new ParserConfiguration().setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_21)
                    .setAttributeComments(false)));
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
