package dev.ficus.analyzer.graph;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.ArrayInitializerExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.MemberValuePair;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.expr.StringLiteralExpr;
import com.github.javaparser.ast.expr.TextBlockLiteralExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads annotations by simple name and their attribute values as written (string constants unquoted). */
final class AnnotationValues {

    private AnnotationValues() {
    }

    static Optional<AnnotationExpr> find(NodeWithAnnotations<?> node, String simpleName) {
        for (AnnotationExpr annotation : node.getAnnotations()) {
            if (annotation.getName().getIdentifier().equals(simpleName)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    static boolean has(NodeWithAnnotations<?> node, String simpleName) {
        return find(node, simpleName).isPresent();
    }

    /**
     * The values of the first present attribute among {@code names} ({@code "value"} also matches a single
     * member annotation); array values are flattened, non-literal values are shown as their source text.
     */
    static List<String> values(AnnotationExpr annotation, String... names) {
        for (String name : names) {
            Optional<Expression> value = attribute(annotation, name);
            if (value.isPresent()) {
                return flatten(value.get());
            }
        }
        return List.of();
    }

    static Optional<Expression> attribute(AnnotationExpr annotation, String name) {
        if (annotation instanceof SingleMemberAnnotationExpr single) {
            return name.equals("value") ? Optional.of(single.getMemberValue()) : Optional.empty();
        }
        if (annotation instanceof NormalAnnotationExpr normal) {
            for (MemberValuePair pair : normal.getPairs()) {
                if (pair.getNameAsString().equals(name)) {
                    return Optional.of(pair.getValue());
                }
            }
        }
        return Optional.empty();
    }

    private static List<String> flatten(Expression value) {
        List<String> result = new ArrayList<>();
        if (value instanceof ArrayInitializerExpr array) {
            array.getValues().forEach(element -> result.addAll(flatten(element)));
        } else {
            result.add(text(value));
        }
        return result;
    }

    static String text(Expression value) {
        if (value instanceof StringLiteralExpr literal) {
            return literal.asString();
        }
        if (value instanceof TextBlockLiteralExpr block) {
            return block.asString();
        }
        if (value.isBinaryExpr()) {
            var binary = value.asBinaryExpr();
            return text(binary.getLeft()) + text(binary.getRight());
        }
        return value.toString();
    }
}
