package dev.ficus.analyzer.scaffold;

import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.Names;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Generates the controller for the HTTP endpoints the service takes over from the
 * monolith (the candidate's entry points, reached through the gateway), and the
 * contract-test lines that check each one is mapped.
 */
final class EndpointSources {

    private static final Template CONTROLLER = Template.load("EndpointsController.java");

    private static final Template METHOD = Template.load("EndpointMethod.java");

    private static final Template NOT_MOVED_YET = Template.load("NotMovedYet.java");

    private static final Template CHECK = Template.load("OperationCheck.java");

    private static final Pattern VARIABLE = Pattern.compile("\\{([A-Za-z0-9_]+)(:[^}]*)?}");

    private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

    private final CandidatePlan candidate;

    EndpointSources(CandidatePlan candidate) {
        this.candidate = candidate;
    }

    /**
     * An endpoint as the plan lists it, e.g. {@code GET /api/catalog/products/{id}}.
     *
     * @param httpMethod upper-case HTTP method
     * @param path path with {@code {variable}} segments
     */
    record Endpoint(String httpMethod, String path) {

        static Endpoint parse(String detail) {
            String[] parts = detail.trim().split("\\s+", 2);
            return new Endpoint(parts[0], parts[1]);
        }

        List<String> variables() {
            List<String> names = new ArrayList<>();
            Matcher matcher = VARIABLE.matcher(path);
            while (matcher.find()) {
                names.add(matcher.group(1));
            }
            return names;
        }
    }

    List<GeneratedFile> files() {
        List<Endpoint> endpoints = endpoints();
        if (endpoints.isEmpty()) {
            return List.of();
        }
        SortedSet<String> imports = new TreeSet<>(List.of(JavaTypes.JSON_NODE, "org.springframework.http.HttpStatus",
                "org.springframework.http.ResponseEntity", "org.springframework.web.bind.annotation.RequestMapping",
                "org.springframework.web.bind.annotation.RequestMethod",
                "org.springframework.web.bind.annotation.RestController",
                "org.springframework.web.server.ResponseStatusException"));
        StringBuilder methods = new StringBuilder();
        Set<String> used = new HashSet<>();
        for (Endpoint endpoint : endpoints) {
            methods.append(METHOD.render(Map.of("endpoint", endpoint.httpMethod() + " " + endpoint.path(), "httpMethod",
                    endpoint.httpMethod(), "path", endpoint.path(), "operation", unique(operationName(endpoint), used),
                    "parameters", parameters(endpoint, imports))));
        }
        methods.append(NOT_MOVED_YET.render(Map.of()));
        String file = "src/main/java/" + candidate.servicePackage().replace('.', '/') + "/"
                + candidate.serviceClassPrefix() + "Controller.java";
        return List.of(
                new GeneratedFile(file,
                        CONTROLLER.render(Map.of("package", candidate.servicePackage(), "imports",
                                RemoteApiSources.imports(imports), "prefix", candidate.serviceClassPrefix(), "methods",
                                methods.toString()))));
    }

    List<String> checks() {
        return endpoints().stream()
            .map(endpoint -> CHECK.render(Map.of("httpMethod", endpoint.httpMethod(), "path", endpoint.path(), "uri",
                    VARIABLE.matcher(endpoint.path()).replaceAll("1"), "body",
                    WITH_BODY.contains(endpoint.httpMethod()) ? "\"{}\"" : "null")))
            .toList();
    }

    private List<Endpoint> endpoints() {
        return candidate.traffic().endpoints().stream().map(Endpoint::parse).toList();
    }

    private static String parameters(Endpoint endpoint, SortedSet<String> imports) {
        List<String> parameters = new ArrayList<>();
        for (String variable : endpoint.variables()) {
            imports.add("org.springframework.web.bind.annotation.PathVariable");
            parameters.add("@PathVariable(\"" + variable + "\") String " + variable);
        }
        if (WITH_BODY.contains(endpoint.httpMethod())) {
            imports.add("org.springframework.web.bind.annotation.RequestBody");
            parameters.add("@RequestBody(required = false) JsonNode body");
        }
        return String.join(", ", parameters);
    }

    /** {@code GET /api/catalog/products/{id}} → {@code getApiCatalogProductsById}. */
    private static String operationName(Endpoint endpoint) {
        StringBuilder name = new StringBuilder(endpoint.httpMethod().toLowerCase(Locale.ROOT));
        List<String> variables = new ArrayList<>();
        for (String segment : endpoint.path().split("/")) {
            Matcher matcher = VARIABLE.matcher(segment);
            String words = segment.replaceAll("[^A-Za-z0-9]", " ").trim();
            if (matcher.matches()) {
                variables.add(Names.pascal(matcher.group(1)));
            }
            else if (!words.isEmpty()) {
                name.append(Names.pascal(words));
            }
        }
        if (!variables.isEmpty()) {
            name.append("By").append(String.join("And", variables));
        }
        return name.toString();
    }

    private static String unique(String name, Set<String> used) {
        String candidate = name;
        for (int i = 2; !used.add(candidate); i++) {
            candidate = name + i;
        }
        return candidate;
    }

}
