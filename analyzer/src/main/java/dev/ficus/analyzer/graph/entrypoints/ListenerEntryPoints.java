package dev.ficus.analyzer.graph.entrypoints;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint.Kind;
import dev.ficus.analyzer.graph.syntax.AnnotationValues;
import dev.ficus.analyzer.graph.syntax.Declarations;
import java.util.ArrayList;
import java.util.List;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Event and message listeners: Spring {@code @EventListener} and friends,
 * {@code ApplicationListener<E>},
 * {@code @RabbitListener}/{@code @KafkaListener}/{@code @JmsListener}/{@code @SqsListener}
 * and CDI {@code @Observes}.
 */
public final class ListenerEntryPoints implements FrameworkEntryPoints {

    private static final Set<String> EVENT_LISTENERS = Set.of("EventListener", "TransactionalEventListener",
            "ApplicationModuleListener");

    private static final Map<String, List<String>> MESSAGE_LISTENERS = Map.of("RabbitListener",
            List.of("rabbit", "queues", "value"), "KafkaListener", List.of("kafka", "topics", "value"), "JmsListener",
            List.of("jms", "destination", "value"), "SqsListener", List.of("sqs", "value", "queueNames"));

    @Override
    public List<EntryPoint> find(String topLevel, TypeDeclaration<?> type, Imports imports) {
        List<EntryPoint> result = new ArrayList<>();
        applicationListenerEvent(type).ifPresent(
                event -> result.add(new EntryPoint(topLevel, Kind.LISTENER, event.asString(), "onApplicationEvent")));
        for (MethodDeclaration method : type.getMethods()) {
            String name = method.getNameAsString();
            for (AnnotationExpr annotation : method.getAnnotations()) {
                String simpleName = annotation.getName().getIdentifier();
                if (EVENT_LISTENERS.contains(simpleName)) {
                    events(method, annotation)
                        .forEach(event -> result.add(new EntryPoint(topLevel, Kind.LISTENER, event, name)));
                }
                else if (MESSAGE_LISTENERS.containsKey(simpleName)) {
                    List<String> spec = MESSAGE_LISTENERS.get(simpleName);
                    List<String> destinations = AnnotationValues.values(annotation, spec.get(1), spec.get(2));
                    result.add(new EntryPoint(topLevel, Kind.LISTENER,
                            spec.get(0) + " " + String.join(",", destinations), name));
                }
            }
            method.getParameters()
                .stream()
                .filter(parameter -> AnnotationValues.has(parameter, "Observes")
                        || AnnotationValues.has(parameter, "ObservesAsync"))
                .findFirst()
                .ifPresent(parameter -> result
                    .add(new EntryPoint(topLevel, Kind.LISTENER, parameter.getType().asString(), name)));
        }
        return result;
    }

    /**
     * The events a listener method takes: the annotation's {@code classes} (or
     * {@code value}) when it names them, else its parameter's type. A method with neither
     * listens to nothing Spring could deliver (it refuses such a listener at startup).
     */
    private static List<String> events(MethodDeclaration method, AnnotationExpr annotation) {
        List<String> classes = AnnotationValues.values(annotation, "classes", "value")
            .stream()
            .filter(value -> value.endsWith(".class"))
            .map(value -> value.substring(0, value.length() - ".class".length()))
            .toList();
        if (!classes.isEmpty()) {
            return classes;
        }
        return method.getParameters().isEmpty() ? List.of() : List.of(method.getParameter(0).getType().asString());
    }

    /**
     * The event type {@code E} of a Spring {@code ApplicationListener<E>} implementation.
     */
    public static Optional<ClassOrInterfaceType> applicationListenerEvent(TypeDeclaration<?> type) {
        return Declarations.supertypes(type)
            .stream()
            .filter(supertype -> supertype.getNameAsString().equals("ApplicationListener"))
            .flatMap(supertype -> supertype.getTypeArguments().stream())
            .filter(arguments -> arguments.size() == 1 && arguments.get(0).isClassOrInterfaceType())
            .map(arguments -> arguments.get(0).asClassOrInterfaceType())
            .findFirst();
    }

}
