package dev.ficus.analyzer.graph.calls;

import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import dev.ficus.analyzer.graph.resolve.SourceIndex;
import java.util.Optional;

/**
 * Whether a call site runs inside a writing {@code @Transactional} method (or a method of
 * a class that is one): a call across a boundary made there spans a transaction that
 * falls apart once the two sides are services.
 */
final class WritingTransactions {

    private final SourceIndex index;

    WritingTransactions(SourceIndex index) {
        this.index = index;
    }

    /**
     * The name of the first method around {@code file:line} that, or whose declaring
     * type, is a writing {@code @Transactional}; empty when none is, or the file was not
     * read.
     */
    String methodAround(String file, int line) {
        return index.file(file)
            .flatMap(unit -> unit
                .findAll(MethodDeclaration.class,
                        method -> method.getRange()
                            .map(range -> range.begin.line <= line && line <= range.end.line)
                            .orElse(false))
                .stream()
                .filter(WritingTransactions::writesInATransaction)
                .map(MethodDeclaration::getNameAsString)
                .findFirst())
            .orElse("");
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
