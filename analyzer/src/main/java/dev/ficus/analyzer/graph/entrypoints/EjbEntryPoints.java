package dev.ficus.analyzer.graph.entrypoints;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint.Kind;
import dev.ficus.analyzer.graph.syntax.AnnotationValues;
import dev.ficus.analyzer.graph.syntax.Declarations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * EJB session beans ({@code @Stateless}, {@code @Stateful}, {@code @Singleton}) and
 * message-driven beans.
 */
final class EjbEntryPoints implements FrameworkEntryPoints {

    private static final List<String> SESSION_BEANS = List.of("Singleton", "Stateful", "Stateless");

    private static final Set<String> EJB_PACKAGES = Set.of("javax.ejb", "jakarta.ejb");

    @Override
    public List<EntryPoint> find(String topLevel, TypeDeclaration<?> type, Imports imports) {
        String name = type.getNameAsString();
        List<EntryPoint> result = new ArrayList<>();
        for (String bean : SESSION_BEANS) {
            // jakarta.inject.Singleton is a CDI scope, not a session bean
            if (AnnotationValues.has(type, bean)
                    && (!bean.equals("Singleton") || imports.fromAny(bean, EJB_PACKAGES))) {
                result.add(new EntryPoint(topLevel, Kind.EJB, bean, name));
            }
        }
        AnnotationValues.find(type, "MessageDriven")
            .ifPresent(driven -> result
                .add(new EntryPoint(topLevel, Kind.LISTENER, "message-driven " + destination(driven), name)));
        if (!AnnotationValues.has(type, "MessageDriven") && Declarations.extendsAny(type, List.of("MessageListener"))) {
            result.add(new EntryPoint(topLevel, Kind.LISTENER, "MessageListener", name));
        }
        return result;
    }

    private static String destination(AnnotationExpr messageDriven) {
        return AnnotationValues.values(messageDriven, "mappedName", "name")
            .stream()
            .findFirst()
            .orElse(messageDriven.getName().getIdentifier());
    }

}
