package dev.ficus.analyzer.graph.entrypoints;

import com.github.javaparser.ast.body.TypeDeclaration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Finds the ways into a type from outside by asking every supported framework (servlets
 * declared only in {@code web.xml} are found by {@code graph.facts.XmlDescriptors}).
 */
public final class EntryPointFinder {

    /**
     * Every framework whose entry points are recognised; adding one is adding its class
     * here.
     */
    static final List<FrameworkEntryPoints> FRAMEWORKS = List.of(new SpringMvcEntryPoints(), new ActuatorEntryPoints(),
            new JaxRsEntryPoints(), new ServletEntryPoints(), new ListenerEntryPoints(), new SchedulingEntryPoints(),
            new EjbEntryPoints(), new MainEntryPoints(), new StripesEntryPoints(), new StrutsEntryPoints(),
            new JsfEntryPoints(), new JaxWsEntryPoints());

    private final Imports imports;

    public EntryPointFinder(Imports imports) {
        this.imports = imports;
    }

    /**
     * Entry points of the (top-level and nested) type declarations of a top-level type.
     */
    public List<EntryPoint> find(String topLevel, List<TypeDeclaration<?>> types) {
        List<EntryPoint> result = new ArrayList<>();
        for (TypeDeclaration<?> type : types) {
            for (FrameworkEntryPoints framework : FRAMEWORKS) {
                result.addAll(framework.find(topLevel, type, imports));
            }
        }
        return result;
    }

    /**
     * Drops the servlets and filters found only by their supertype when another entry
     * point (e.g. a pattern {@code web.xml} maps) names the same type.
     */
    public static List<EntryPoint> withoutFallbacks(List<EntryPoint> entryPoints) {
        Set<String> mapped = entryPoints.stream()
            .filter(entryPoint -> !isFallback(entryPoint))
            .filter(entryPoint -> entryPoint.kind() == EntryPoint.Kind.SERVLET)
            .map(EntryPoint::type)
            .collect(Collectors.toSet());
        return entryPoints.stream()
            .filter(entryPoint -> !isFallback(entryPoint) || !mapped.contains(entryPoint.type()))
            .toList();
    }

    private static boolean isFallback(EntryPoint entryPoint) {
        return entryPoint.kind() == EntryPoint.Kind.SERVLET
                && entryPoint.detail().replaceFirst("^filter ", "").startsWith(ServletEntryPoints.BY_SUPERTYPE);
    }

}
