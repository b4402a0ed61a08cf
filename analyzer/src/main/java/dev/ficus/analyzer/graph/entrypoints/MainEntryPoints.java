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

/** {@code public static void main(String[])}. */
final class MainEntryPoints implements FrameworkEntryPoints {

    @Override
    public List<EntryPoint> find(String topLevel, TypeDeclaration<?> type, Imports imports) {
        List<EntryPoint> result = new ArrayList<>();
        type.getMethodsByName("main")
            .stream()
            .filter(MainEntryPoints::isMain)
            .findFirst()
            .ifPresent(method -> result.add(new EntryPoint(topLevel, Kind.MAIN, "main", "main")));
        return result;
    }

    private static boolean isMain(MethodDeclaration method) {
        if (!method.isStatic() || !method.isPublic() || !method.getType().isVoidType()
                || method.getParameters().size() != 1) {
            return false;
        }
        Parameter parameter = method.getParameter(0);
        String type = parameter.getType().asString();
        return type.equals("String[]") || parameter.isVarArgs() && type.equals("String");
    }

}
