package dev.ficus.analyzer.graph.entrypoints;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint.Kind;
import dev.ficus.analyzer.graph.syntax.AnnotationValues;
import dev.ficus.analyzer.graph.syntax.Declarations;
import java.util.ArrayList;
import java.util.List;

/**
 * Struts actions: Struts 1 methods returning an {@code ActionForward} and taking the
 * {@code ActionMapping} (so {@code Action.execute} and every method of a
 * {@code DispatchAction}), and Struts 2 actions ({@code execute()} returning a result
 * name on an {@code ActionSupport}/{@code Action} class, or a method annotated
 * {@code @Action}).
 */
final class StrutsEntryPoints implements FrameworkEntryPoints {

    private static final List<String> STRUTS2_BASES = List.of("ActionSupport", "Action");

    @Override
    public List<EntryPoint> find(String topLevel, TypeDeclaration<?> type, Imports imports) {
        List<EntryPoint> result = new ArrayList<>();
        if (!Declarations.isConcreteClass(type)) {
            return result;
        }
        boolean struts2 = Declarations.extendsAny(type, STRUTS2_BASES);
        for (MethodDeclaration method : type.getMethods()) {
            String name = method.getNameAsString();
            if (!Declarations.isPublicInstance(method)) {
                continue;
            }
            if (method.getType().asString().endsWith("ActionForward") && !method.getParameters().isEmpty()
                    && method.getParameter(0).getType().asString().endsWith("ActionMapping")) {
                result
                    .add(new EntryPoint(topLevel, Kind.ACTION, "struts " + type.getNameAsString() + "." + name, name));
            }
            else if (AnnotationValues.has(method, "Action")) {
                String path = AnnotationValues.find(method, "Action")
                    .flatMap(action -> AnnotationValues.values(action, "value").stream().findFirst())
                    .orElse(name);
                result.add(new EntryPoint(topLevel, Kind.ACTION, "struts2 " + Paths.join("", path), name));
            }
            else if (struts2 && name.equals("execute") && method.getParameters().isEmpty()
                    && method.getType().asString().equals("String")) {
                result
                    .add(new EntryPoint(topLevel, Kind.ACTION, "struts2 " + type.getNameAsString() + ".execute", name));
            }
        }
        return result;
    }

}
