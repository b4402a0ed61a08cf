package dev.ficus.analyzer.graph.entrypoints;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint.Kind;
import dev.ficus.analyzer.graph.syntax.AnnotationValues;
import dev.ficus.analyzer.graph.syntax.Declarations;
import java.util.ArrayList;
import java.util.List;

/** Scheduled jobs: Spring's {@code @Scheduled} and EJB's {@code @Schedule}. */
final class SchedulingEntryPoints implements FrameworkEntryPoints {

    private static final List<String> ATTRIBUTES = List.of("cron", "fixedRate", "fixedDelay", "fixedRateString",
            "fixedDelayString", "dayOfWeek", "hour", "minute", "second");

    @Override
    public List<EntryPoint> find(String topLevel, TypeDeclaration<?> type, Imports imports) {
        List<EntryPoint> result = new ArrayList<>();
        for (MethodDeclaration method : type.getMethods()) {
            for (AnnotationExpr annotation : method.getAnnotations()) {
                String simpleName = annotation.getName().getIdentifier();
                if (simpleName.equals("Scheduled") || simpleName.equals("Schedule")) {
                    result
                        .add(new EntryPoint(topLevel, Kind.SCHEDULED, schedule(annotation), method.getNameAsString()));
                }
            }
        }
        return result;
    }

    private static String schedule(AnnotationExpr annotation) {
        List<String> parts = new ArrayList<>();
        for (String attribute : ATTRIBUTES) {
            List<String> values = AnnotationValues.values(annotation, attribute);
            if (!values.isEmpty()) {
                parts.add(attribute + " " + String.join(",", values));
            }
        }
        return parts.isEmpty() ? annotation.getName().getIdentifier() : String.join(", ", parts);
    }

}
