package dev.ficus.analyzer.source;

import com.github.javaparser.resolution.TypeSolver;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the {@code source} stage hands to the {@code graph} stage: the parsed files, the
 * resources that describe entry points or SQL (e.g. {@code web.xml}, MyBatis mappers) and
 * the problems found.
 *
 * @param root the analysed folder
 * @param sourceRoots the source roots found under it (derived from the files' package
 * declarations), sorted
 * @param files Java files read (parsed or not)
 * @param loc non-blank, non-comment lines of the parsed files
 * @param diagnostics problems found, sorted
 * @param parsedFiles the files that parsed, sorted by path
 * @param resourceFiles XML files under the analysed folder that may declare servlets or
 * SQL, sorted
 * @param typeSolver thread-safe type solver over the parsed sources, the JRE and the
 * classpath jars; every parsed unit is already wired to it, so {@code node.resolve()}
 * works
 */
public record ParsedSources(Path root, List<Path> sourceRoots, int files, long loc, List<Diagnostic> diagnostics,
        List<ParsedFile> parsedFiles, List<Path> resourceFiles, TypeSolver typeSolver) {

    public ParsedSources {
        sourceRoots = List.copyOf(sourceRoots);
        diagnostics = diagnostics.stream().sorted().toList();
        parsedFiles = List.copyOf(parsedFiles);
        resourceFiles = List.copyOf(resourceFiles);
    }

    /**
     * For sources built by hand (tests, other readers): the supplier is asked once for
     * the shared solver.
     */
    public ParsedSources(Path root, List<Path> sourceRoots, int files, long loc, List<Diagnostic> diagnostics,
            List<ParsedFile> parsedFiles, List<Path> resourceFiles, Supplier<TypeSolver> typeSolver) {
        this(root, sourceRoots, files, loc, diagnostics, parsedFiles, resourceFiles, typeSolver.get());
    }

    /** Files that could not be read or parsed (errors among the diagnostics). */
    public long parseErrors() {
        return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
    }

    /**
     * Path of a file relative to the analysed root, with {@code /} separators, as
     * diagnostics show it.
     */
    public String relative(Path file) {
        return SourceTree.relative(root, file);
    }
}
