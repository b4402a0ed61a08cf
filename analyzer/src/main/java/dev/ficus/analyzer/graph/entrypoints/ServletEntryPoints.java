package dev.ficus.analyzer.graph.entrypoints;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint.Kind;
import dev.ficus.analyzer.graph.syntax.AnnotationValues;
import dev.ficus.analyzer.graph.syntax.Declarations;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Servlets and filters: {@code @WebServlet} and {@code @WebFilter} with their URL
 * patterns, and classes extending {@code HttpServlet} or implementing the servlet
 * {@code Filter} without an annotation, which {@code web.xml} usually maps
 * ({@code XmlDescriptors} reads it; those mapped there keep only their patterns).
 */
final class ServletEntryPoints implements FrameworkEntryPoints {

    /**
     * The detail of a servlet or filter found by its supertype only, replaced by
     * web.xml's patterns if any.
     */
    static final String BY_SUPERTYPE = "class ";

    private static final Set<String> SERVLET_PACKAGES = Set.of("javax.servlet", "jakarta.servlet");

    @Override
    public List<EntryPoint> find(String topLevel, TypeDeclaration<?> type, Imports imports) {
        String name = type.getNameAsString();
        List<EntryPoint> result = new ArrayList<>();
        AnnotationValues.find(type, "WebServlet").ifPresent(servlet -> {
            List<String> patterns = AnnotationValues.values(servlet, "urlPatterns", "value");
            for (String pattern : patterns.isEmpty() ? List.of(name) : patterns) {
                result.add(new EntryPoint(topLevel, Kind.SERVLET, pattern, name));
            }
        });
        AnnotationValues.find(type, "WebFilter").ifPresent(filter -> {
            List<String> patterns = AnnotationValues.values(filter, "urlPatterns", "value");
            for (String pattern : patterns.isEmpty() ? List.of(name) : patterns) {
                result.add(new EntryPoint(topLevel, Kind.SERVLET, EntryPoint.FILTER_DETAIL + pattern, "doFilter"));
            }
        });
        if (result.isEmpty() && Declarations.isConcreteClass(type)) {
            if (Declarations.extendsAny(type, List.of("HttpServlet", "GenericServlet"))) {
                result.add(new EntryPoint(topLevel, Kind.SERVLET, BY_SUPERTYPE + name, "service"));
            }
            else if (Declarations.extendsAny(type, List.of("Filter")) && imports.fromAny("Filter", SERVLET_PACKAGES)) {
                result.add(new EntryPoint(topLevel, Kind.SERVLET, EntryPoint.FILTER_DETAIL + BY_SUPERTYPE + name,
                        "doFilter"));
            }
        }
        return result;
    }

}
