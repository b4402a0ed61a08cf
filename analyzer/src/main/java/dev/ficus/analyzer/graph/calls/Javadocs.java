package dev.ficus.analyzer.graph.calls;

import com.github.javaparser.ast.body.MethodDeclaration;
import dev.ficus.analyzer.graph.resolve.SourceIndex;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Javadoc comments, read from the files (each file's lines read once).
 */
final class Javadocs {

    private final SourceIndex index;

    private final Map<Path, List<String>> linesByFile = new HashMap<>();

    Javadocs(SourceIndex index) {
        this.index = index;
    }

    /**
     * The javadoc right above a declaration, read from the file: the parser keeps no
     * comments (attributing them costs a tenth of the parse), and only the few methods
     * called across a boundary need theirs.
     */
    List<String> above(MethodDeclaration declaration) {
        Optional<Path> path = declaration.findCompilationUnit().flatMap(index::pathOf);
        int begin = declaration.getBegin().map(position -> position.line).orElse(0);
        if (path.isEmpty() || begin < 2) {
            return List.of();
        }
        List<String> lines = linesByFile.computeIfAbsent(path.get(), Javadocs::readLines);
        int line = Math.min(begin - 2, lines.size() - 1);
        while (line >= 0 && (lines.get(line).isBlank() || lines.get(line).trim().startsWith("@"))) {
            line--;
        }
        if (line < 0 || !lines.get(line).trim().endsWith("*/")) {
            return List.of();
        }
        int end = line;
        while (line >= 0 && !lines.get(line).contains("/**")) {
            line--;
        }
        return line < 0 ? List.of() : lines.subList(line, end + 1);
    }

    private static List<String> readLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        }
        catch (IOException | UncheckedIOException e) {
            // the file parsed a moment ago; if it is gone now, the method just documents
            // nothing
            return List.of();
        }
    }

}
