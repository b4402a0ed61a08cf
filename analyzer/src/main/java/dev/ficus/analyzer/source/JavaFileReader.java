package dev.ficus.analyzer.source;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.Problem;
import com.github.javaparser.Range;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.expr.AnnotationExpr;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;

/**
 * Reads and parses one Java file, turning every way it can be unusable into a
 * {@link Diagnostic}. Not thread-safe (it holds a {@link JavaParser}); use one per
 * thread.
 */
final class JavaFileReader {

    /**
     * Files larger than this are reported and skipped: they are generated tables, not
     * code to split.
     */
    static final long MAX_FILE_BYTES = 2L << 20;

    private static final int MAX_MESSAGE = 120;

    private static final Set<String> GENERATED_ANNOTATIONS = Set.of("Generated", "javax.annotation.Generated",
            "javax.annotation.processing.Generated", "jakarta.annotation.Generated");

    private final JavaParser parser;

    JavaFileReader() {
        this.parser = new JavaParser(ParserSettings.configuration());
    }

    /**
     * The outcome for one file: a parsed file, or a diagnostic, or (for a warning) both.
     */
    record Outcome(Optional<ParsedFile> parsed, Optional<Diagnostic> diagnostic) {

        static Outcome of(ParsedFile parsed) {
            return new Outcome(Optional.of(parsed), Optional.empty());
        }

        static Outcome of(Diagnostic diagnostic) {
            return new Outcome(Optional.empty(), Optional.of(diagnostic));
        }
    }

    Outcome read(Path file, String relative) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                return Outcome
                    .of(Diagnostic.error(relative, 1, "file larger than " + (MAX_FILE_BYTES >> 20) + " MiB skipped"));
            }
            bytes = Files.readAllBytes(file);
        }
        catch (IOException e) {
            return Outcome.of(Diagnostic.error(relative, 1, "cannot be read: " + e.getMessage()));
        }
        CharBuffer text = CharBuffer.allocate(bytes.length + 1);
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CoderResult result = utf8().decode(input, text, true);
        if (result.isError()) {
            return Outcome.of(Diagnostic.error(relative, lineAt(bytes, input.position()),
                    "not valid UTF-8 (byte offset " + input.position() + ")"));
        }
        String source = text.flip().toString();
        if (source.isBlank()) {
            return Outcome.of(Diagnostic.warning(relative, 1, "empty file"));
        }
        return parse(source, relative);
    }

    private Outcome parse(String source, String relative) {
        ParseResult<CompilationUnit> result;
        try {
            result = parser.parse(source);
        }
        catch (RuntimeException | StackOverflowError e) {
            return Outcome.of(Diagnostic.error(relative, 1, "parser failed: " + e));
        }
        if (!result.isSuccessful() || result.getResult().isEmpty()) {
            Problem problem = result.getProblems().get(0);
            int line = problem.getLocation().flatMap(l -> l.getBegin().getRange()).map(r -> r.begin.line).orElse(1);
            return Outcome.of(Diagnostic.error(relative, line, "does not parse: " + firstLine(problem.getMessage())));
        }
        CompilationUnit unit = result.getResult().get();
        if (isGenerated(unit)) {
            return Outcome.of(Diagnostic.warning(relative, 1, "generated source skipped"));
        }
        DeclaredTypes declared = new DeclaredTypes(unit);
        unit.walk(node -> {
            dropTokens(node);
            declared.visit(node);
        });
        return Outcome.of(new ParsedFile(relative, unit, LinesOfCode.count(source), declared.topLevelTypes()));
    }

    /**
     * Keeps a node's line range but lets go of the token list behind it: the tokens take
     * about as much memory as the tree, and the analysis never prints code back.
     */
    private static void dropTokens(Node node) {
        Range range = node.getRange().orElse(null);
        node.setTokenRange(null);
        node.setRange(range);
    }

    private static boolean isGenerated(CompilationUnit unit) {
        return unit.getTypes()
            .stream()
            .flatMap(type -> type.getAnnotations().stream())
            .map(AnnotationExpr::getNameAsString)
            .anyMatch(GENERATED_ANNOTATIONS::contains);
    }

    private static CharsetDecoder utf8() {
        return StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static String firstLine(String message) {
        int newline = message.indexOf('\n');
        String line = (newline < 0 ? message : message.substring(0, newline)).strip();
        return line.length() <= MAX_MESSAGE ? line : line.substring(0, MAX_MESSAGE) + "...";
    }

}
