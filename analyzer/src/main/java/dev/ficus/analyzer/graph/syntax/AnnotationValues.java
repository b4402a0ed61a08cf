package dev.ficus.analyzer.graph.syntax;

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

/**
 * Reads annotations from the syntax tree by simple name, and their attribute values as
 * written (string constants unquoted). Shared by the graph stage and the migration plan.
 */
public final class AnnotationValues {

    private AnnotationValues() {
    }

    public static Optional<AnnotationExpr> find(NodeWithAnnotations<?> node, String simpleName) {
        for (AnnotationExpr annotation : node.getAnnotations()) {
            if (annotation.getName().getIdentifier().equals(simpleName)) {
                return Optional.of(annotation);
            }
        }
        return Optional.empty();
    }

    public static boolean has(NodeWithAnnotations<?> node, String simpleName) {
        return find(node, simpleName).isPresent();
    }

    /**
     * The values of the first present attribute among {@code names} ({@code "value"} also
     * matches a single member annotation); array values are flattened, non-literal values
     * are shown as their source text.
     */
    public static List<String> values(AnnotationExpr annotation, String... names) {
        for (String name : names) {
            Optional<Expression> value = attribute(annotation, name);
            if (value.isPresent()) {
                return flatten(value.get());
            }
        }
        return List.of();
    }

    /**
     * The attribute's value; {@code value} also matches the single-member form
     * {@code @Table("x")}.
     */
    public static Optional<Expression> attribute(AnnotationExpr annotation, String name) {
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

    /** A string-literal attribute, unquoted; empty when absent or not a literal. */
    public static Optional<String> string(AnnotationExpr annotation, String name) {
        return attribute(annotation, name).filter(Expression::isStringLiteralExpr)
            .map(value -> value.asStringLiteralExpr().asString());
    }

    public static Optional<Integer> integer(AnnotationExpr annotation, String name) {
        return attribute(annotation, name).filter(Expression::isIntegerLiteralExpr)
            .map(value -> value.asIntegerLiteralExpr().asNumber().intValue());
    }

    public static Optional<Boolean> bool(AnnotationExpr annotation, String name) {
        return attribute(annotation, name).filter(Expression::isBooleanLiteralExpr)
            .map(value -> value.asBooleanLiteralExpr().getValue());
    }

    /**
     * The simple name at the end of an enum-constant attribute: {@code EnumType.STRING} →
     * {@code STRING}.
     */
    public static Optional<String> constant(AnnotationExpr annotation, String name) {
        return attribute(annotation, name).map(value -> {
            String text = value.toString();
            return text.substring(text.lastIndexOf('.') + 1);
        });
    }

    private static List<String> flatten(Expression value) {
        List<String> result = new ArrayList<>();
        if (value instanceof ArrayInitializerExpr array) {
            array.getValues().forEach(element -> result.addAll(flatten(element)));
        }
        else {
            result.add(text(value));
        }
        return result;
    }

    /**
     * An attribute value as text: string constants unquoted and joined, anything else as
     * written.
     */
    public static String text(Expression value) {
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
