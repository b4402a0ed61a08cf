package dev.ficus.analyzer.source;

import com.github.javaparser.resolution.TypeSolver;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * What the {@code source} stage hands to the {@code graph} stage: the parsed files, the resources that
 * describe entry points or SQL (e.g. {@code web.xml}, MyBatis mappers) and the problems found.
 *
 * @param root the analysed folder
 * @param sourceRoots the source roots found under it, sorted
 * @param files Java files read (parsed or not)
 * @param loc non-blank, non-comment lines of the parsed files
 * @param diagnostics problems found, sorted
 * @param parsedFiles the files that parsed, sorted by path
 * @param resourceFiles XML files under the source trees that may declare servlets or SQL, sorted
 * @param typeSolvers makes a fresh type solver over the sources and libraries, one per resolving thread
 */
public record ParsedSources(
        Path root,
        List<Path> sourceRoots,
        int files,
        long loc,
        List<Diagnostic> diagnostics,
        List<ParsedFile> parsedFiles,
        List<Path> resourceFiles,
        Supplier<TypeSolver> typeSolvers) {

    public ParsedSources {
        sourceRoots = List.copyOf(sourceRoots);
        diagnostics = diagnostics.stream().sorted().toList();
        parsedFiles = List.copyOf(parsedFiles);
        resourceFiles = List.copyOf(resourceFiles);
    }

    /** Files that could not be parsed (errors among the diagnostics). */
    public long parseErrors() {
        return diagnostics.stream().filter(d -> d.severity() == Diagnostic.Severity.ERROR).count();
    }
}
