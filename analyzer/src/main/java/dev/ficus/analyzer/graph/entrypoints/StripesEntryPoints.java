package dev.ficus.analyzer.graph.entrypoints;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint.Kind;
import dev.ficus.analyzer.graph.syntax.AnnotationValues;
import dev.ficus.analyzer.graph.syntax.Declarations;
import java.util.ArrayList;
import java.util.List;

/**
 * Stripes action beans: public methods returning a {@code Resolution} of a class
 * implementing {@code ActionBean} (directly or through an abstract base named
 * {@code *ActionBean}), bound to {@code @UrlBinding} or to the URL Stripes' name-based
 * resolver gives it ({@code CartActionBean} → {@code /Cart.action}).
 */
final class StripesEntryPoints implements FrameworkEntryPoints {

    @Override
    public List<EntryPoint> find(String topLevel, TypeDeclaration<?> type, Imports imports) {
        List<EntryPoint> result = new ArrayList<>();
        boolean actionBean = Declarations.supertypes(type)
            .stream()
            .anyMatch(supertype -> supertype.getNameAsString().endsWith("ActionBean"));
        if (!actionBean || !Declarations.isConcreteClass(type)) {
            return result;
        }
        String binding = AnnotationValues.find(type, "UrlBinding")
            .flatMap(annotation -> AnnotationValues.values(annotation, "value").stream().findFirst())
            .orElse("/" + type.getNameAsString().replaceAll("(ActionBean|Action|Bean)$", "") + ".action");
        for (MethodDeclaration method : type.getMethods()) {
            if (Declarations.isPublicInstance(method) && method.getType().asString().endsWith("Resolution")) {
                result.add(new EntryPoint(topLevel, Kind.ACTION, "stripes " + binding + " " + method.getNameAsString(),
                        method.getNameAsString()));
            }
        }
        return result;
    }

}
