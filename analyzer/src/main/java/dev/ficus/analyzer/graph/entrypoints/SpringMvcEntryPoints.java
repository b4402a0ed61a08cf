package dev.ficus.analyzer.graph.entrypoints;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint.Kind;
import dev.ficus.analyzer.graph.syntax.AnnotationValues;
import dev.ficus.analyzer.graph.syntax.Declarations;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Spring MVC and WebFlux handlers: {@code @GetMapping} and friends under a class-level
 * {@code @RequestMapping}; not those of a {@code @FeignClient}, whose mappings say what
 * it calls.
 */
final class SpringMvcEntryPoints implements FrameworkEntryPoints {

    private static final Map<String, String> MAPPINGS = Map.of("GetMapping", "GET", "PostMapping", "POST", "PutMapping",
            "PUT", "DeleteMapping", "DELETE", "PatchMapping", "PATCH", "RequestMapping", "");

    @Override
    public List<EntryPoint> find(String topLevel, TypeDeclaration<?> type, Imports imports) {
        if (AnnotationValues.find(type, "FeignClient").isPresent()) {
            return List.of();
        }
        List<String> prefixes = ActuatorEntryPoints.actuatorPath(type)
            .map(List::of)
            .or(() -> AnnotationValues.find(type, "RequestMapping")
                .map(mapping -> AnnotationValues.values(mapping, "path", "value"))
                .filter(paths -> !paths.isEmpty()))
            .orElse(List.of(""));
        List<EntryPoint> result = new ArrayList<>();
        for (MethodDeclaration method : type.getMethods()) {
            for (AnnotationExpr annotation : method.getAnnotations()) {
                String httpMethod = MAPPINGS.get(annotation.getName().getIdentifier());
                if (httpMethod == null) {
                    continue;
                }
                List<String> methods = httpMethod.isEmpty() ? requestMethods(annotation) : List.of(httpMethod);
                List<String> paths = AnnotationValues.values(annotation, "path", "value");
                for (String prefix : prefixes) {
                    for (String path : paths.isEmpty() ? List.of("") : paths) {
                        for (String verb : methods) {
                            result.add(new EntryPoint(topLevel, Kind.HTTP, verb + " " + Paths.join(prefix, path),
                                    method.getNameAsString()));
                        }
                    }
                }
            }
        }
        return result;
    }

    private static List<String> requestMethods(AnnotationExpr annotation) {
        List<String> methods = AnnotationValues.values(annotation, "method")
            .stream()
            .map(value -> value.substring(value.lastIndexOf('.') + 1))
            .toList();
        return methods.isEmpty() ? List.of("ANY") : methods;
    }

}
