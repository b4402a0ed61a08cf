package dev.ficus.analyzer.graph;

import com.github.javaparser.ast.body.MethodDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.expr.AnnotationExpr;
import com.github.javaparser.ast.nodeTypes.NodeWithAnnotations;
import com.github.javaparser.ast.type.ClassOrInterfaceType;
import dev.ficus.analyzer.graph.EntryPoint.Kind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the ways into a type from outside, from annotations and well-known signatures: Spring MVC/WebFlux
 * handlers, JAX-RS resources, annotated servlets, message and event listeners, scheduled jobs, EJB session
 * beans and {@code main}. Servlets declared only in {@code web.xml} are found by {@link XmlDescriptors}.
 */
final class EntryPointFinder {

    private static final Map<String, String> SPRING_MAPPINGS = Map.of("GetMapping", "GET", "PostMapping", "POST",
            "PutMapping", "PUT", "DeleteMapping", "DELETE", "PatchMapping", "PATCH", "RequestMapping", "");
    private static final Set<String> JAXRS_METHODS = Set.of("GET", "POST", "PUT", "DELETE", "PATCH", "HEAD",
            "OPTIONS");
    private static final Set<String> EVENT_LISTENERS = Set.of("EventListener", "TransactionalEventListener",
            "ApplicationModuleListener");
    private static final Map<String, List<String>> MESSAGE_LISTENERS = Map.of(
            "RabbitListener", List.of("rabbit", "queues", "value"),
            "KafkaListener", List.of("kafka", "topics", "value"),
            "JmsListener", List.of("jms", "destination", "value"),
            "SqsListener", List.of("sqs", "value", "queueNames"));
    private static final Map<String, String> ACTUATOR_OPERATIONS = Map.of("ReadOperation", "GET",
            "WriteOperation", "POST", "DeleteOperation", "DELETE");
    private static final Set<String> ACTUATOR_ENDPOINTS = Set.of("Endpoint", "WebEndpoint",
            "RestControllerEndpoint", "ControllerEndpoint");
    /** Spring Boot's default {@code management.endpoints.web.base-path}. */
    private static final String ACTUATOR_BASE_PATH = "/actuator";
    private static final Set<String> SESSION_BEANS = Set.of("Stateless", "Stateful", "Singleton");
    private static final Set<String> EJB_PACKAGES = Set.of("javax.ejb", "jakarta.ejb");

    private final FileScope scope;

    EntryPointFinder(FileScope scope) {
        this.scope = scope;
    }

    /** Entry points of the (top-level and nested) type declarations of a top-level type. */
    List<EntryPoint> find(String topLevel, List<TypeDeclaration<?>> types) {
        List<EntryPoint> result = new ArrayList<>();
        for (TypeDeclaration<?> type : types) {
            typeLevel(topLevel, type, result);
            for (MethodDeclaration method : type.getMethods()) {
                methodLevel(topLevel, type, method, result);
            }
        }
        return result;
    }

    private void typeLevel(String topLevel, TypeDeclaration<?> type, List<EntryPoint> result) {
        String name = type.getNameAsString();
        AnnotationValues.find(type, "WebServlet").ifPresent(servlet -> {
            List<String> patterns = AnnotationValues.values(servlet, "urlPatterns", "value");
            for (String pattern : patterns.isEmpty() ? List.of(name) : patterns) {
                result.add(new EntryPoint(topLevel, Kind.SERVLET, pattern, name));
            }
        });
        for (String bean : SESSION_BEANS) {
            if (AnnotationValues.has(type, bean) && isEjbAnnotation(bean)) {
                result.add(new EntryPoint(topLevel, Kind.EJB, bean, name));
            }
        }
        AnnotationValues.find(type, "MessageDriven").ifPresent(driven -> result.add(new EntryPoint(topLevel,
                Kind.LISTENER, "message-driven " + destination(driven), name)));
        if (!AnnotationValues.has(type, "MessageDriven") && implementsNamed(type, "MessageListener")) {
            result.add(new EntryPoint(topLevel, Kind.LISTENER, "MessageListener", name));
        }
        applicationListenerEvent(type).ifPresent(event -> result.add(new EntryPoint(topLevel, Kind.LISTENER,
                event.asString(), "onApplicationEvent")));
    }

    /** The event type {@code E} of a Spring {@code ApplicationListener<E>} implementation. */
    static Optional<ClassOrInterfaceType> applicationListenerEvent(TypeDeclaration<?> type) {
        return TypeIndex.declaredSupertypes(type).stream()
                .filter(supertype -> supertype.getNameAsString().equals("ApplicationListener"))
                .flatMap(supertype -> supertype.getTypeArguments().stream())
                .filter(arguments -> arguments.size() == 1 && arguments.get(0).isClassOrInterfaceType())
                .map(arguments -> arguments.get(0).asClassOrInterfaceType())
                .findFirst();
    }

    private void methodLevel(String topLevel, TypeDeclaration<?> type, MethodDeclaration method,
            List<EntryPoint> result) {
        String name = method.getNameAsString();
        springMapping(type, method).forEach(detail -> result.add(new EntryPoint(topLevel, Kind.HTTP, detail, name)));
        actuatorOperation(type, method).ifPresent(detail ->
                result.add(new EntryPoint(topLevel, Kind.HTTP, detail, name)));
        jaxrs(type, method).ifPresent(detail -> result.add(new EntryPoint(topLevel, Kind.JAXRS, detail, name)));
        for (AnnotationExpr annotation : method.getAnnotations()) {
            String simpleName = annotation.getName().getIdentifier();
            if (EVENT_LISTENERS.contains(simpleName)) {
                String event = method.getParameters().isEmpty() ? simpleName
                        : method.getParameter(0).getType().asString();
                result.add(new EntryPoint(topLevel, Kind.LISTENER, event, name));
            } else if (MESSAGE_LISTENERS.containsKey(simpleName)) {
                List<String> spec = MESSAGE_LISTENERS.get(simpleName);
                List<String> destinations = AnnotationValues.values(annotation, spec.get(1), spec.get(2));
                result.add(new EntryPoint(topLevel, Kind.LISTENER,
                        spec.get(0) + " " + String.join(",", destinations), name));
            } else if (simpleName.equals("Scheduled") || simpleName.equals("Schedule")) {
                result.add(new EntryPoint(topLevel, Kind.SCHEDULED, schedule(annotation), name));
            }
        }
        method.getParameters().stream()
                .filter(parameter -> AnnotationValues.has(parameter, "Observes")
                        || AnnotationValues.has(parameter, "ObservesAsync"))
                .findFirst()
                .ifPresent(parameter -> result.add(new EntryPoint(topLevel, Kind.LISTENER,
                        parameter.getType().asString(), name)));
        if (isMain(method)) {
            result.add(new EntryPoint(topLevel, Kind.MAIN, "main", name));
        }
    }

    private static List<String> springMapping(TypeDeclaration<?> type, MethodDeclaration method) {
        List<String> prefixes = actuatorPath(type).map(List::of)
                .or(() -> AnnotationValues.find(type, "RequestMapping")
                        .map(mapping -> AnnotationValues.values(mapping, "path", "value"))
                        .filter(paths -> !paths.isEmpty()))
                .orElse(List.of(""));
        List<String> result = new ArrayList<>();
        for (AnnotationExpr annotation : method.getAnnotations()) {
            String httpMethod = SPRING_MAPPINGS.get(annotation.getName().getIdentifier());
            if (httpMethod == null) {
                continue;
            }
            List<String> methods = httpMethod.isEmpty() ? requestMethods(annotation) : List.of(httpMethod);
            List<String> paths = AnnotationValues.values(annotation, "path", "value");
            for (String prefix : prefixes) {
                for (String path : paths.isEmpty() ? List.of("") : paths) {
                    for (String verb : methods) {
                        result.add(verb + " " + join(prefix, path));
                    }
                }
            }
        }
        return result;
    }

    /**
     * {@code @ReadOperation}/{@code @WriteOperation}/{@code @DeleteOperation} of an actuator endpoint:
     * GET/POST/DELETE under {@code /actuator/{id}}, one path segment per {@code @Selector} parameter.
     */
    private static Optional<String> actuatorOperation(TypeDeclaration<?> type, MethodDeclaration method) {
        Optional<String> verb = method.getAnnotations().stream()
                .map(annotation -> ACTUATOR_OPERATIONS.get(annotation.getName().getIdentifier()))
                .filter(Objects::nonNull)
                .findFirst();
        Optional<String> base = actuatorPath(type);
        if (verb.isEmpty() || base.isEmpty()) {
            return Optional.empty();
        }
        StringBuilder path = new StringBuilder(base.get());
        for (Parameter parameter : method.getParameters()) {
            if (AnnotationValues.has(parameter, "Selector")) {
                path.append("/{").append(parameter.getNameAsString()).append('}');
            }
        }
        return Optional.of(verb.get() + " " + path);
    }

    /**
     * {@code /actuator/{id}} of a type annotated as an actuator endpoint; the {@code id} tells it from
     * same-named annotations such as Spring Web Services' {@code @Endpoint}.
     */
    private static Optional<String> actuatorPath(TypeDeclaration<?> type) {
        return type.getAnnotations().stream()
                .filter(annotation -> ACTUATOR_ENDPOINTS.contains(annotation.getName().getIdentifier()))
                .flatMap(endpoint -> AnnotationValues.values(endpoint, "id").stream())
                .findFirst()
                .map(id -> join(ACTUATOR_BASE_PATH, id));
    }

    private static List<String> requestMethods(AnnotationExpr annotation) {
        List<String> methods = AnnotationValues.values(annotation, "method").stream()
                .map(value -> value.substring(value.lastIndexOf('.') + 1))
                .toList();
        return methods.isEmpty() ? List.of("ANY") : methods;
    }

    /** The {@code @ApplicationPath} of JAX-RS application classes among the declarations. */
    static List<FileFacts.ApplicationPath> applicationPaths(List<TypeDeclaration<?>> types) {
        List<FileFacts.ApplicationPath> result = new ArrayList<>();
        for (TypeDeclaration<?> type : types) {
            AnnotationValues.find(type, "ApplicationPath")
                    .flatMap(annotation -> AnnotationValues.values(annotation, "value").stream().findFirst())
                    .ifPresent(path -> result.add(new FileFacts.ApplicationPath(
                            type.getFullyQualifiedName().orElse(type.getNameAsString()), path)));
        }
        return result;
    }

    /**
     * A JAX-RS entry point with its application's path in front. With several applications, a resource
     * belongs to the one sharing the longest package prefix with it (ties: the first by name).
     */
    static EntryPoint underApplicationPath(EntryPoint entryPoint, List<FileFacts.ApplicationPath> applications) {
        if (entryPoint.kind() != Kind.JAXRS || applications.isEmpty()) {
            return entryPoint;
        }
        FileFacts.ApplicationPath application = applications.stream()
                .sorted(Comparator.comparing(FileFacts.ApplicationPath::type))
                .max(Comparator.comparingInt(app -> commonPackageLength(app.type(), entryPoint.type())))
                .orElseThrow();
        int space = entryPoint.detail().indexOf(' ');
        String detail = entryPoint.detail().substring(0, space + 1)
                + join(application.path(), entryPoint.detail().substring(space + 1));
        return new EntryPoint(entryPoint.type(), entryPoint.kind(), detail, entryPoint.method());
    }

    private static int commonPackageLength(String left, String right) {
        String[] a = left.split("\\.");
        String[] b = right.split("\\.");
        int common = 0;
        while (common < Math.min(a.length, b.length) - 1 && a[common].equals(b[common])) {
            common++;
        }
        return common;
    }

    private static Optional<String> jaxrs(TypeDeclaration<?> type, MethodDeclaration method) {
        Optional<String> verb = method.getAnnotations().stream()
                .map(annotation -> annotation.getName().getIdentifier())
                .filter(JAXRS_METHODS::contains)
                .findFirst();
        boolean resource = AnnotationValues.has(type, "Path") || AnnotationValues.has(method, "Path");
        if (verb.isEmpty() || !resource) {
            return Optional.empty();
        }
        return Optional.of(verb.get() + " " + join(path(type), path(method)));
    }

    private static String path(NodeWithAnnotations<?> node) {
        return AnnotationValues.find(node, "Path")
                .map(annotation -> AnnotationValues.values(annotation, "value"))
                .filter(values -> !values.isEmpty())
                .map(values -> values.get(0))
                .orElse("");
    }

    /** Joins a class-level and a method-level path into one with a single leading slash. */
    static String join(String prefix, String path) {
        String joined = ("/" + prefix + "/" + path).replaceAll("/+", "/");
        return joined.length() > 1 && joined.endsWith("/") ? joined.substring(0, joined.length() - 1) : joined;
    }

    private static String schedule(AnnotationExpr annotation) {
        List<String> parts = new ArrayList<>();
        for (String attribute : List.of("cron", "fixedRate", "fixedDelay", "fixedRateString", "fixedDelayString",
                "dayOfWeek", "hour", "minute", "second")) {
            List<String> values = AnnotationValues.values(annotation, attribute);
            if (!values.isEmpty()) {
                parts.add(attribute + " " + String.join(",", values));
            }
        }
        return parts.isEmpty() ? annotation.getName().getIdentifier() : String.join(", ", parts);
    }

    private static String destination(AnnotationExpr messageDriven) {
        return AnnotationValues.values(messageDriven, "mappedName", "name").stream().findFirst()
                .orElse(messageDriven.getName().getIdentifier());
    }

    private boolean isEjbAnnotation(String bean) {
        if (!bean.equals("Singleton")) {
            return true;
        }
        // jakarta.inject.Singleton is a CDI scope, not a session bean
        return scope.importedName(bean).map(name -> EJB_PACKAGES.contains(name.substring(0, name.lastIndexOf('.'))))
                .orElseGet(() -> EJB_PACKAGES.stream().anyMatch(scope::importsPackage));
    }

    private static boolean implementsNamed(TypeDeclaration<?> type, String simpleName) {
        return TypeIndex.declaredSupertypes(type).stream().map(ClassOrInterfaceType::getNameAsString)
                .anyMatch(simpleName::equals);
    }

    private static boolean isMain(MethodDeclaration method) {
        if (!method.getNameAsString().equals("main") || !method.isStatic() || !method.isPublic()
                || !method.getType().isVoidType() || method.getParameters().size() != 1) {
            return false;
        }
        Parameter parameter = method.getParameter(0);
        String type = parameter.getType().asString();
        return type.equals("String[]") || parameter.isVarArgs() && type.equals("String");
    }
}
