package dev.ficus.analyzer.extract;

import dev.ficus.plan.Names;
import dev.ficus.plan.RemoteOperation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The Java sources of both ends of a call that crosses the new boundary: the endpoint
 * that serves it (a controller delegating to the real bean) and the client that replaces
 * the in-process interface (an implementation calling that endpoint through
 * {@code ResilientCalls}). The same operations of the plan feed both ends.
 */
final class HttpAdapters {

    private static final Template ENDPOINTS = Template.load("Endpoints.java");

    private static final Template CLIENT = Template.load("RemoteClient.java");

    private static final Template CALLS = Template.load("ResilientCalls.java");

    private static final Template FORWARDED_HEADERS = Template.load("ForwardedHeaders.java");

    private static final Template INTERNAL_CALLERS = Template.load("InternalCallers.java");

    /**
     * What an endpoint declares: whatever the bean's method throws, checked or not, and
     * Spring MVC answers it as any handler's failure.
     */
    private static final String THROWS = " throws Exception";

    private static final Map<String, String> BOXED = Map.of("long", "Long", "int", "Integer", "short", "Short", "byte",
            "Byte", "boolean", "Boolean", "double", "Double", "float", "Float", "char", "Character");

    private HttpAdapters() {
    }

    /**
     * A controller serving {@code operations} (all declared by {@code beanType}) by
     * calling the bean.
     */
    static String endpoints(String packageName, String className, String purpose, String beanType,
            List<String> typeImports, List<RemoteOperation> operations, List<String> onlyCallers) {
        SortedSet<String> imports = new TreeSet<>(typeImports);
        imports.add(beanType);
        imports.add("org.springframework.web.bind.annotation.RestController");
        String simple = Names.simpleName(beanType);
        String bean = Character.toLowerCase(simple.charAt(0)) + simple.substring(1);
        StringBuilder methods = new StringBuilder();
        for (RemoteOperation operation : operations) {
            methods.append(endpoint(operation, bean, imports));
        }
        Map<String, String> values = new HashMap<>(Map.of("package", packageName, "purpose", purpose, "class",
                className, "beanType", Names.simpleName(beanType), "bean", bean, "methods", methods.toString()));
        values.putAll(onlyCallers.isEmpty() ? InternalCallersGuard.NONE
                : InternalCallersGuard.values(packageName, onlyCallers));
        values.put("imports", imports(imports));
        return ENDPOINTS.render(values);
    }

    private static String endpoint(RemoteOperation operation, String bean, SortedSet<String> imports) {
        String arguments = String.join(", ", operation.parameters().stream().map(RemoteOperation.Field::name).toList());
        String call = bean + "." + operation.method() + "("
                + (isGet(operation) ? arguments : requestArguments(operation)) + ")";
        String body = isVoid(operation.returnType()) ? call + ";" : "return " + call + ";";
        StringBuilder method = new StringBuilder("\n");
        if (isGet(operation)) {
            imports.add("org.springframework.web.bind.annotation.GetMapping");
            imports.add("org.springframework.web.bind.annotation.RequestParam");
            String parameters = String.join(", ",
                    operation.parameters()
                        .stream()
                        .map(p -> "@RequestParam(\"" + p.name() + "\") " + p.type() + " " + p.name())
                        .toList());
            method.append("    @GetMapping(\"").append(operation.path()).append("\")\n");
            method.append("    ").append(operation.returnType()).append(' ').append(operation.operation());
            method.append('(').append(parameters).append(")").append(THROWS).append(" {\n");
        }
        else {
            imports.add("org.springframework.web.bind.annotation.PostMapping");
            method.append("    @PostMapping(\"").append(operation.path()).append("\")\n");
            method.append("    ").append(operation.returnType()).append(' ').append(operation.operation());
            if (operation.parameters().isEmpty()) {
                method.append("()").append(THROWS).append(" {\n");
            }
            else {
                imports.add("org.springframework.web.bind.annotation.RequestBody");
                method.append("(@RequestBody ")
                    .append(requestType(operation))
                    .append(" request)")
                    .append(THROWS)
                    .append(" {\n");
            }
        }
        method.append("        ").append(body).append("\n    }\n");
        if (!isGet(operation) && !operation.parameters().isEmpty()) {
            method.append(requestRecord(operation));
        }
        return method.toString();
    }

    /**
     * An implementation of {@code contract} calling {@code operations} over HTTP; a
     * method the rest never called across the boundary throws.
     */
    static String client(String packageName, String className, String purpose, JavaInterface contract,
            String callsClass, List<RemoteOperation> operations) {
        SortedSet<String> imports = new TreeSet<>(contract.imports());
        imports.add(contract.type());
        imports.add("org.springframework.core.ParameterizedTypeReference");
        StringBuilder methods = new StringBuilder();
        Set<RemoteOperation> used = new HashSet<>();
        for (JavaInterface.Method method : contract.methods().stream().filter(m -> !m.isObjects()).toList()) {
            Optional<RemoteOperation> operation = operationOf(method, contract, operations, used);
            operation.ifPresent(used::add);
            methods.append("\n    @Override\n");
            if (method.isGeneric() && operation.isPresent() && !isVoid(method.returnType())) {
                methods.append("    @SuppressWarnings(\"unchecked\")\n");
            }
            methods.append("    public ").append(method.signature()).append(" {\n");
            methods.append(operation.map(found -> remoteCall(found, method))
                .orElse("        throw new UnsupportedOperationException(\"" + contract.simpleName() + "."
                        + method.name() + " is not called across the boundary, so it has no endpoint\");\n"));
            methods.append("    }\n");
            operation.filter(found -> !isGet(found) && !found.parameters().isEmpty())
                .ifPresent(found -> methods.append(requestRecord(found)));
        }
        return CLIENT.render(Map.of("package", packageName, "imports", imports(imports), "purpose", purpose, "class",
                className, "relation", contract.isClass() ? "extends" : "implements", "contract", contract.simpleName(),
                "superCall", superCall(contract), "calls", callsClass, "methods", methods.toString()));
    }

    /**
     * The operation a method serves: of its name and arity, taking the same types as
     * written, else (types written otherwise, a generic method's bounds) the one of its
     * name and arity when no other method of the contract shares both; each serves one
     * method.
     */
    private static Optional<RemoteOperation> operationOf(JavaInterface.Method method, JavaInterface contract,
            List<RemoteOperation> operations, Set<RemoteOperation> used) {
        boolean overloaded = contract.methods()
            .stream()
            .filter(other -> other.name().equals(method.name())
                    && other.parameters().size() == method.parameters().size())
            .count() > 1;
        List<RemoteOperation> named = operations.stream()
            .filter(candidate -> !used.contains(candidate) && candidate.method().equals(method.name())
                    && candidate.parameters().size() == method.parameters().size())
            .toList();
        List<String> types = method.parameters().stream().map(JavaInterface.Parameter::type).toList();
        return named.stream()
            .filter(candidate -> candidate.parameters()
                .stream()
                .map(RemoteOperation.Field::type)
                .toList()
                .equals(types))
            .findFirst()
            .or(() -> overloaded ? Optional.empty() : named.stream().findFirst());
    }

    /**
     * A subclass's call of the class's constructor with nothing: the dependencies it
     * takes live in the other process, and the subclass overrides every method that would
     * use them.
     */
    private static String superCall(JavaInterface contract) {
        return contract.superclass()
            .map(parameters -> "        super("
                    + String.join(", ", parameters.stream().map(HttpAdapters::nothing).toList()) + ");\n")
            .orElse("");
    }

    private static String nothing(String type) {
        return switch (type) {
            case "boolean" -> "false";
            case "char" -> "'\\0'";
            case "byte", "short", "int", "long", "float", "double" -> "(" + type + ") 0";
            default -> "(" + type.replace("...", "[]") + ") null";
        };
    }

    private static String remoteCall(RemoteOperation operation, JavaInterface.Method method) {
        String request;
        if (isGet(operation)) {
            StringBuilder uri = new StringBuilder("uri -> uri.path(\"" + operation.path() + "\")");
            method.parameters()
                .forEach(
                        p -> uri.append(".queryParam(\"").append(p.name()).append("\", ").append(p.name()).append(')'));
            request = "calls.rest().get().uri(" + uri + ".build())";
        }
        else {
            request = "calls.rest().post().uri(\"" + operation.path() + "\")"
                    + (method.parameters().isEmpty() ? ""
                            : ".body(new " + requestType(operation) + "("
                                    + String.join(", ",
                                            method.parameters().stream().map(JavaInterface.Parameter::name).toList())
                                    + "))");
        }
        String mode = isGet(operation) ? "read" : "write";
        if (isVoid(method.returnType())) {
            return "        calls." + mode + "(() -> " + request + ".retrieve().toBodilessEntity());\n";
        }
        String returnType = BOXED.getOrDefault(method.returnType(), method.returnType());
        // a generic method's answer is read as its operation's type, its type variables'
        // bounds put in, then cast
        String answerType = method.isGeneric() ? BOXED.getOrDefault(operation.returnType(), operation.returnType())
                : returnType;
        String read = method.answerClass()
            .map(type -> ".body(" + type + "))")
            .orElse(".body(new ParameterizedTypeReference<" + answerType + ">() {\n            }))");
        String call = (method.isGeneric() ? "(" + returnType + ") " : "") + "calls." + mode + "(() -> " + request
                + ".retrieve()\n            " + read;
        if (method.returnType().startsWith("Optional<")) {
            return "        " + returnType + " answer = " + call + ";\n"
                    + "        return answer == null ? Optional.empty() : answer;\n";
        }
        return "        return " + call + ";\n";
    }

    /**
     * The timeouts, retries and circuit breaker every client of this project goes
     * through.
     */
    static String resilientCalls(String packageName, String className, String target) {
        return CALLS.render(Map.of("package", packageName, "class", className, "target", target));
    }

    /**
     * What lets only the extracted services call the monolith's endpoints in
     * {@code packageName}.
     */
    static String internalCallers(String packageName) {
        return INTERNAL_CALLERS.render(Map.of("package", packageName));
    }

    /**
     * The interceptor that carries the served request's credentials on to the calls a
     * service makes back into the monolith.
     */
    static String forwardedHeaders(String packageName) {
        return FORWARDED_HEADERS.render(Map.of("package", packageName));
    }

    private static String requestRecord(RemoteOperation operation) {
        return "\n    /** What " + operation.method() + " takes over HTTP. */\n    record " + requestType(operation)
                + "(" + String.join(", ", operation.parameters().stream().map(p -> p.type() + " " + p.name()).toList())
                + ") {\n    }\n";
    }

    private static String requestArguments(RemoteOperation operation) {
        return String.join(", ", operation.parameters().stream().map(p -> "request." + p.name() + "()").toList());
    }

    /**
     * {@code PlaceRequest} for {@code place}, unless a type its parameters or answer name
     * is called so ({@code enrol(EnrolRequest request)}, {@code List<EnrolRequest>}):
     * then {@code EnrolArguments}.
     */
    private static String requestType(RemoteOperation operation) {
        String name = Names.pascal(operation.operation()) + "Request";
        boolean taken = Stream
            .concat(operation.parameters().stream().map(RemoteOperation.Field::type), Stream.of(operation.returnType()))
            .flatMap(type -> Arrays.stream(type.split("[^\\w$]+")))
            .anyMatch(name::equals);
        return taken ? Names.pascal(operation.operation()) + "Arguments" : name;
    }

    static boolean isGet(RemoteOperation operation) {
        return operation.httpMethod().equals("GET");
    }

    private static boolean isVoid(String type) {
        return type.equals("void");
    }

    /**
     * The import lines; Lombok's left out, which only the monolith's annotations use (a
     * service's build does not have Lombok).
     */
    static String imports(SortedSet<String> imports) {
        List<String> lines = new ArrayList<>();
        imports.stream()
            .filter(type -> !type.startsWith("java.lang.") || type.endsWith("*"))
            .filter(type -> !type.startsWith("lombok."))
            .forEach(type -> lines.add("import " + type + ";"));
        return lines.isEmpty() ? "" : String.join("\n", lines) + "\n\n";
    }

}
