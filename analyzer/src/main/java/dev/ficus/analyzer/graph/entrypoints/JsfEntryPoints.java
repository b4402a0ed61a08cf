package dev.ficus.analyzer.graph.entrypoints;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint.Kind;
import dev.ficus.analyzer.graph.syntax.AnnotationValues;
import dev.ficus.analyzer.graph.syntax.Declarations;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * JSF managed beans the pages call: {@code @ManagedBean}, or CDI {@code @Named} with a
 * web scope (request, view, session, conversation, flow); application-scoped and
 * dependent {@code @Named} beans are services, not pages'.
 */
final class JsfEntryPoints implements FrameworkEntryPoints {

    private static final List<String> WEB_SCOPES = List.of("RequestScoped", "ViewScoped", "SessionScoped",
            "ConversationScoped", "FlowScoped");

    @Override
    public List<EntryPoint> find(String topLevel, TypeDeclaration<?> type, Imports imports) {
        List<EntryPoint> result = new ArrayList<>();
        boolean managed = AnnotationValues.has(type, "ManagedBean");
        boolean named = AnnotationValues.has(type, "Named")
                && WEB_SCOPES.stream().anyMatch(scope -> AnnotationValues.has(type, scope));
        if (!managed && !named) {
            return result;
        }
        String simple = type.getNameAsString();
        String bean = AnnotationValues.find(type, managed ? "ManagedBean" : "Named")
            .flatMap(annotation -> AnnotationValues.values(annotation, managed ? "name" : "value", "value")
                .stream()
                .findFirst())
            .orElse(simple.substring(0, 1).toLowerCase(Locale.ROOT) + simple.substring(1));
        result.add(new EntryPoint(topLevel, Kind.JSF, "#{" + bean + "}", simple));
        return result;
    }

}
