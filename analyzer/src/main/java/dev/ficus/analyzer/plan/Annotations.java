package dev.ficus.analyzer.plan;

import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.expr.Expression;
import com.github.javaparser.ast.expr.NormalAnnotationExpr;
import com.github.javaparser.ast.expr.SingleMemberAnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.Optional;

/** Reads annotation attributes from the syntax tree, by simple annotation name. */
final class Annotations {

    private Annotations() {
    }

    static Optional<AnnotationExpr> find(NodeWithAnnotations<?> node, String simpleName) {
        return node.getAnnotations().stream()
                .filter(annotation -> Names.simpleName(annotation.getNameAsString()).equals(simpleName))
                .findFirst();
    }

    static boolean has(NodeWithAnnotations<?> node, String simpleName) {
        return find(node, simpleName).isPresent();
    }

    /** The attribute's value; {@code value} also matches the single-member form {@code @Table("x")}. */
    static Optional<Expression> attribute(AnnotationExpr annotation, String name) {
        if (annotation instanceof SingleMemberAnnotationExpr single && name.equals("value")) {
            return Optional.of(single.getMemberValue());
        }
        if (annotation instanceof NormalAnnotationExpr normal) {
            return normal.getPairs().stream().filter(pair -> pair.getNameAsString().equals(name))
                    .map(pair -> pair.getValue()).findFirst();
        }
        return Optional.empty();
    }

    static Optional<String> string(AnnotationExpr annotation, String name) {
        return attribute(annotation, name).filter(Expression::isStringLiteralExpr)
                .map(value -> value.asStringLiteralExpr().asString());
    }

    static Optional<Integer> integer(AnnotationExpr annotation, String name) {
        return attribute(annotation, name).filter(Expression::isIntegerLiteralExpr)
                .map(value -> value.asIntegerLiteralExpr().asNumber().intValue());
    }

    static Optional<Boolean> bool(AnnotationExpr annotation, String name) {
        return attribute(annotation, name).filter(Expression::isBooleanLiteralExpr)
                .map(value -> value.asBooleanLiteralExpr().getValue());
    }

    /** The simple name at the end of an enum-constant attribute: {@code EnumType.STRING} → {@code STRING}. */
    static Optional<String> constant(AnnotationExpr annotation, String name) {
        return attribute(annotation, name).map(value -> Names.simpleName(value.toString()));
    }
}
