package dev.ficus.analyzer.graph.entrypoints;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint.Kind;
import dev.ficus.analyzer.graph.syntax.AnnotationValues;
import dev.ficus.analyzer.graph.syntax.Declarations;
import java.util.ArrayList;
import java.util.List;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import java.util.Optional;
import java.util.Set;

/**
 * JAX-RS resource methods: an HTTP-method annotation on a type or method with
 * {@code @Path}.
 */
final class JaxRsEntryPoints implements FrameworkEntryPoints {

    private static final Set<String> METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD", "OPTIONS");

    @Override
    public List<EntryPoint> find(String topLevel, TypeDeclaration<?> type, Imports imports) {
        List<EntryPoint> result = new ArrayList<>();
        for (MethodDeclaration method : type.getMethods()) {
            Optional<String> verb = method.getAnnotations()
                .stream()
                .map(annotation -> annotation.getName().getIdentifier())
                .filter(METHODS::contains)
                .findFirst();
            boolean resource = AnnotationValues.has(type, "Path") || AnnotationValues.has(method, "Path");
            if (verb.isPresent() && resource) {
                result.add(new EntryPoint(topLevel, Kind.JAXRS, verb.get() + " " + Paths.join(path(type), path(method)),
                        method.getNameAsString()));
            }
        }
        return result;
    }

    private static String path(NodeWithAnnotations<?> node) {
        return AnnotationValues.find(node, "Path")
            .map(annotation -> AnnotationValues.values(annotation, "value"))
            .filter(values -> !values.isEmpty())
            .map(values -> values.get(0))
            .orElse("");
    }

}
