package dev.ficus.analyzer.graph.entrypoints;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint.Kind;
import dev.ficus.analyzer.graph.syntax.AnnotationValues;
import dev.ficus.analyzer.graph.syntax.Declarations;
import java.util.ArrayList;
import java.util.List;
import com.github.javaparser.ast.body.Parameter;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Spring Boot actuator endpoints:
 * {@code @ReadOperation}/{@code @WriteOperation}/{@code @DeleteOperation} as
 * GET/POST/DELETE under {@code /actuator/{id}}, one path segment per {@code @Selector}
 * parameter.
 */
final class ActuatorEntryPoints implements FrameworkEntryPoints {

    private static final Map<String, String> OPERATIONS = Map.of("ReadOperation", "GET", "WriteOperation", "POST",
            "DeleteOperation", "DELETE");

    private static final Set<String> ENDPOINTS = Set.of("Endpoint", "WebEndpoint", "RestControllerEndpoint",
            "ControllerEndpoint");

    /** Spring Boot's default {@code management.endpoints.web.base-path}. */
    private static final String BASE_PATH = "/actuator";

    @Override
    public List<EntryPoint> find(String topLevel, TypeDeclaration<?> type, Imports imports) {
        Optional<String> base = actuatorPath(type);
        List<EntryPoint> result = new ArrayList<>();
        if (base.isEmpty()) {
            return result;
        }
        for (MethodDeclaration method : type.getMethods()) {
            Optional<String> verb = method.getAnnotations()
                .stream()
                .map(annotation -> OPERATIONS.get(annotation.getName().getIdentifier()))
                .filter(Objects::nonNull)
                .findFirst();
            if (verb.isPresent()) {
                StringBuilder path = new StringBuilder(base.get());
                for (Parameter parameter : method.getParameters()) {
                    if (AnnotationValues.has(parameter, "Selector")) {
                        path.append("/{").append(parameter.getNameAsString()).append('}');
                    }
                }
                result.add(new EntryPoint(topLevel, Kind.HTTP, verb.get() + " " + path, method.getNameAsString()));
            }
        }
        return result;
    }

    /**
     * {@code /actuator/{id}} of a type annotated as an actuator endpoint; the {@code id}
     * tells it from same-named annotations such as Spring Web Services'
     * {@code @Endpoint}.
     */
    static Optional<String> actuatorPath(TypeDeclaration<?> type) {
        return type.getAnnotations()
            .stream()
            .filter(annotation -> ENDPOINTS.contains(annotation.getName().getIdentifier()))
            .flatMap(endpoint -> AnnotationValues.values(endpoint, "id").stream())
            .findFirst()
            .map(id -> Paths.join(BASE_PATH, id));
    }

}
