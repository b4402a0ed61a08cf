package dev.ficus.analyzer.graph.calls;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.ficus.analyzer.graph.resolve.SourceIndex;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a call site runs inside a writing {@code @Transactional} method (or a method of
 * a class that is one): a call across a boundary made there spans a transaction that
 * falls apart once the two sides are services.
 */
final class WritingTransactions {

    private final SourceIndex index;

    /**
     * Each file's writing transactional methods in the order a walk of the tree meets
     * them: found once per file, since a file holds many of the recorded call sites.
     */
    private final Map<String, List<Method>> writingByFile = new HashMap<>();

    /** A writing transactional method's name and the lines it spans. */
    private record Method(String name, int begin, int end) {
    }

    WritingTransactions(SourceIndex index) {
        this.index = index;
    }

    /**
     * The name of the first method around {@code file:line} that, or whose declaring
     * type, is a writing {@code @Transactional}; empty when none is, or the file was not
     * read.
     */
    String methodAround(String file, int line) {
        return writingByFile.computeIfAbsent(file, this::writingMethods)
            .stream()
            .filter(method -> method.begin() <= line && line <= method.end())
            .map(Method::name)
            .findFirst()
            .orElse("");
    }

    private List<Method> writingMethods(String file) {
        return index.file(file)
            .map(unit -> unit.findAll(MethodDeclaration.class)
                .stream()
                .filter(method -> method.getRange().isPresent())
                .filter(WritingTransactions::writesInATransaction)
                .map(method -> new Method(method.getNameAsString(), method.getRange().get().begin.line,
                        method.getRange().get().end.line))
                .toList())
            .orElse(List.of());
    }

    private static boolean writesInATransaction(MethodDeclaration method) {
        Optional<Boolean> own = writingTransaction(method);
        if (own.isPresent()) {
            return own.get();
        }
        Optional<Node> parent = method.getParentNode();
        return parent.filter(TypeDeclaration.class::isInstance)
            .map(type -> writingTransaction((TypeDeclaration<?>) type).orElse(false))
            .orElse(false);
    }

    /** Empty when not annotated; false for a read-only transaction. */
    private static Optional<Boolean> writingTransaction(NodeWithAnnotations<?> annotated) {
        for (AnnotationExpr annotation : annotated.getAnnotations()) {
            String name = annotation.getNameAsString();
            if (name.equals("Transactional") || name.endsWith(".Transactional")) {
                boolean readOnly = annotation.isNormalAnnotationExpr() && annotation.asNormalAnnotationExpr()
                    .getPairs()
                    .stream()
                    .anyMatch(WritingTransactions::isReadOnlyTrue);
                return Optional.of(!readOnly);
            }
        }
        return Optional.empty();
    }

    private static boolean isReadOnlyTrue(MemberValuePair pair) {
        return pair.getNameAsString().equals("readOnly") && pair.getValue().toString().equals("true");
    }

}
