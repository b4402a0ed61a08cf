package dev.ficus.analyzer.scaffold;

import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.Names;
import dev.ficus.plan.RemoteOperation;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Generates the remote API of a service: one controller with an endpoint per proposed
 * operation, and a request and a response record per operation; plus the contract-test
 * lines that check each endpoint is mapped.
 */
final class RemoteApiSources {

    private static final Template CONTROLLER = Template.load("ApiController.java");

    private static final Template GET = Template.load("ApiGetMethod.java");

    private static final Template POST = Template.load("ApiPostMethod.java");

    private static final Template NOT_MOVED_YET = Template.load("NotMovedYet.java");

    private static final Template RECORD = Template.load("Record.java");

    private static final Template CHECK = Template.load("OperationCheck.java");

    private final CandidatePlan candidate;

    private final String folder;

    RemoteApiSources(CandidatePlan candidate) {
        this.candidate = candidate;
        this.folder = "src/main/java/" + candidate.servicePackage().replace('.', '/') + "/";
    }

    List<GeneratedFile> files() {
        List<RemoteOperation> operations = candidate.boundary().remoteApi();
        if (operations.isEmpty()) {
            return List.of();
        }
        List<GeneratedFile> files = new ArrayList<>();
        SortedSet<String> imports = new TreeSet<>(
                List.of("org.springframework.http.HttpStatus", "org.springframework.web.bind.annotation.RestController",
                        "org.springframework.web.server.ResponseStatusException"));
        StringBuilder methods = new StringBuilder();
        for (RemoteOperation operation : operations) {
            methods.append(method(operation, imports));
            if (!isVoid(operation)) {
                files.add(record(responseType(operation), "What " + operation.method() + " returns.",
                        responseFields(operation)));
            }
            if (operation.httpMethod().equals("POST")) {
                files.add(record(requestType(operation), "What " + operation.method() + " takes.",
                        operation.parameters()));
            }
        }
        methods.append(NOT_MOVED_YET.render(Map.of()));
        files.add(0,
                new GeneratedFile(folder + candidate.serviceClassPrefix() + "ApiController.java",
                        CONTROLLER.render(Map.of("package", candidate.servicePackage(), "imports", imports(imports),
                                "name", candidate.name(), "prefix", candidate.serviceClassPrefix(), "methods",
                                methods.toString()))));
        return files;
    }

    /**
     * Lines of the contract test asserting that every operation is mapped (and not yet
     * implemented).
     */
    List<String> checks() {
        List<String> checks = new ArrayList<>();
        for (RemoteOperation operation : candidate.boundary().remoteApi()) {
            boolean get = operation.httpMethod().equals("GET");
            String query = get ? String.join("&",
                    operation.parameters()
                        .stream()
                        .map(p -> p.name() + "=" + JavaTypes.sampleQueryValue(JavaTypes.map(p.type(), new TreeSet<>())))
                        .toList())
                    : "";
            checks.add(CHECK.render(Map.of("httpMethod", operation.httpMethod(), "path", operation.path(), "uri",
                    operation.path() + (query.isEmpty() ? "" : "?" + query), "body", get ? "null" : "\"{}\"")));
        }
        return checks;
    }

    private String method(RemoteOperation operation, SortedSet<String> imports) {
        boolean get = operation.httpMethod().equals("GET");
        imports.add(get ? "org.springframework.web.bind.annotation.GetMapping"
                : "org.springframework.web.bind.annotation.PostMapping");
        String parameters = "";
        if (get && !operation.parameters().isEmpty()) {
            imports.add("org.springframework.web.bind.annotation.RequestParam");
            parameters = String.join(", ",
                    operation.parameters()
                        .stream()
                        .map(p -> "@RequestParam " + JavaTypes.map(p.type(), imports) + " " + p.name())
                        .toList());
        }
        if (!get) {
            imports.add("org.springframework.web.bind.annotation.RequestBody");
        }
        return (get ? GET : POST).render(Map.of("callee", Names.simpleName(operation.callee()), "method",
                operation.method(), "callSites", String.join(",\n     * ", operation.callSites()), "path",
                operation.path(), "responseType", responseType(operation), "operation", operation.operation(),
                "parameters", parameters, "requestType", requestType(operation)));
    }

    private GeneratedFile record(String type, String description, List<RemoteOperation.Field> fields) {
        SortedSet<String> imports = new TreeSet<>();
        String components = String.join(", ",
                fields.stream().map(field -> JavaTypes.map(field.type(), imports) + " " + field.name()).toList());
        return new GeneratedFile(folder + type + ".java", RECORD.render(Map.of("package", candidate.servicePackage(),
                "imports", imports(imports), "description", description, "type", type, "components", components)));
    }

    private static List<RemoteOperation.Field> responseFields(RemoteOperation operation) {
        return operation.responseFields().isEmpty()
                ? List.of(new RemoteOperation.Field("value", operation.returnType())) : operation.responseFields();
    }

    /**
     * A method returning nothing answers 200 with no body: no response record to
     * generate.
     */
    private static String responseType(RemoteOperation operation) {
        return isVoid(operation) ? "void" : Names.pascal(operation.operation()) + "Response";
    }

    private static boolean isVoid(RemoteOperation operation) {
        return operation.returnType().equals("void");
    }

    private static String requestType(RemoteOperation operation) {
        return Names.pascal(operation.operation()) + "Request";
    }

    static String imports(SortedSet<String> imports) {
        StringBuilder out = new StringBuilder();
        imports.forEach(type -> out.append("import ").append(type).append(";\n"));
        return out.isEmpty() ? "" : out.append('\n').toString();
    }

}
