package dev.ficus.analyzer.graph.entrypoints;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint.Kind;
import dev.ficus.analyzer.graph.syntax.AnnotationValues;
import dev.ficus.analyzer.graph.syntax.Declarations;
import java.util.ArrayList;
import java.util.List;

/**
 * JAX-WS endpoints: the public methods of a class annotated {@code @WebService} (all of
 * them unless some carry {@code @WebMethod}, then those), each a SOAP operation of the
 * service.
 */
final class JaxWsEntryPoints implements FrameworkEntryPoints {

    @Override
    public List<EntryPoint> find(String topLevel, TypeDeclaration<?> type, Imports imports) {
        List<EntryPoint> result = new ArrayList<>();
        if (!AnnotationValues.has(type, "WebService") || !Declarations.isConcreteClass(type)) {
            return result;
        }
        String service = AnnotationValues.find(type, "WebService")
            .flatMap(annotation -> AnnotationValues.values(annotation, "serviceName").stream().findFirst())
            .orElse(type.getNameAsString());
        List<MethodDeclaration> methods = type.getMethods().stream().filter(Declarations::isPublicInstance).toList();
        boolean marked = methods.stream().anyMatch(method -> AnnotationValues.has(method, "WebMethod"));
        for (MethodDeclaration method : methods) {
            if (!marked || AnnotationValues.has(method, "WebMethod")) {
                result.add(new EntryPoint(topLevel, Kind.WEBSERVICE, "soap " + service + "." + method.getNameAsString(),
                        method.getNameAsString()));
            }
        }
        return result;
    }

}
