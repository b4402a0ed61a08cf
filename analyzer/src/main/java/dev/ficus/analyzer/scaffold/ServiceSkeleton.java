package dev.ficus.analyzer.scaffold;

import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.ChecklistStep;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Every file of the Maven module generated for one candidate: a standalone Spring Boot
 * service with its remote API, the endpoints it takes over, its Flyway migration,
 * configuration, contract test and gateway route.
 */
final class ServiceSkeleton {

    /**
     * The Spring Boot version the generated module builds on, the same as this
     * repository's.
     */
    static final String BOOT_VERSION = "4.0.7";

    private static final Template POM = Template.load("pom.xml");

    private static final Template APPLICATION = Template.load("Application.java");

    private static final Template PROPERTIES = Template.load("application.properties");

    private static final Template CONTRACT_TESTS = Template.load("ContractTests.java");

    private static final Template TABLE_TEST = Template.load("TableTest.java");

    private static final Template ENDPOINT_TEST = Template.load("EndpointTest.java");

    private static final Template GATEWAY_ROUTE = Template.load("gateway-route.properties");

    private static final Template README = Template.load("README.md");

    private static final Template GIT_IGNORE = Template.load("gitignore");

    private ServiceSkeleton() {
    }

    static List<GeneratedFile> files(CandidatePlan candidate, String outLabel) {
        String main = "src/main/java/" + candidate.servicePackage().replace('.', '/') + "/";
        String test = "src/test/java/" + candidate.servicePackage().replace('.', '/') + "/";
        Map<String, String> names = Map.of("name", candidate.name(), "package", candidate.servicePackage(), "prefix",
                candidate.serviceClassPrefix(), "artifactId", candidate.serviceArtifact(), "title",
                title(candidate.name()), "bootVersion", BOOT_VERSION, "port",
                String.valueOf(candidate.traffic().port()), "identifier",
                candidate.servicePackage().substring(candidate.servicePackage().lastIndexOf('.') + 1));
        RemoteApiSources api = new RemoteApiSources(candidate);
        EndpointSources endpoints = new EndpointSources(candidate);
        List<GeneratedFile> files = new ArrayList<>();
        files.add(new GeneratedFile("pom.xml", POM.render(names)));
        files.add(new GeneratedFile(main + candidate.serviceClassPrefix() + "ServiceApplication.java",
                APPLICATION.render(names)));
        files.addAll(api.files());
        files.addAll(endpoints.files());
        files.add(new GeneratedFile("src/main/resources/application.properties", PROPERTIES.render(names)));
        if (!candidate.data().tables().isEmpty()) {
            files
                .add(new GeneratedFile("src/main/resources/db/migration/V1__" + names.get("identifier") + "_tables.sql",
                        MigrationScript.of(candidate.data().tables())));
        }
        List<String> checks = new ArrayList<>(api.checks());
        checks.addAll(endpoints.checks());
        files.add(new GeneratedFile(test + candidate.serviceClassPrefix() + "ContractTests.java",
                contractTests(candidate, names, checks)));
        files.add(new GeneratedFile("gateway-route.properties", gatewayRoute(candidate)));
        files.add(new GeneratedFile("README.md", readme(candidate, names, outLabel)));
        files.add(new GeneratedFile(".gitignore", GIT_IGNORE.render(Map.of())));
        return files;
    }

    private static String contractTests(CandidatePlan candidate, Map<String, String> names, List<String> checks) {
        List<String> tables = candidate.data().tables().stream().map(table -> "\"" + table.name() + "\"").toList();
        Map<String, String> values = new HashMap<>(names);
        values.put("tableTest", tables.isEmpty() ? "" : TABLE_TEST.render(Map.of("tables", String.join(", ", tables))));
        values.put("endpointTest", checks.isEmpty() ? ""
                : ENDPOINT_TEST.render(Map.of("checks", String.join("", checks).stripTrailing())));
        return CONTRACT_TESTS.render(values);
    }

    private static String gatewayRoute(CandidatePlan candidate) {
        StringBuilder properties = new StringBuilder();
        candidate.traffic()
            .gatewayProperties()
            .forEach((key, value) -> properties.append(key).append('=').append(value).append('\n'));
        return GATEWAY_ROUTE.render(Map.of("name", candidate.name(), "steps",
                String.join(", ", candidate.traffic().rolloutSteps().stream().map(String::valueOf).toList()),
                "properties", properties.toString().stripTrailing()));
    }

    private static String readme(CandidatePlan candidate, Map<String, String> names, String outLabel) {
        Map<String, String> values = new HashMap<>(names);
        values.put("rank", String.valueOf(candidate.rank()));
        values.put("score", String.valueOf(candidate.score()));
        values.put("out", outLabel);
        values.put("contents", contents(candidate));
        StringBuilder checklist = new StringBuilder();
        for (ChecklistStep step : candidate.checklist()) {
            checklist.append(step.number())
                .append(". ")
                .append(step.title())
                .append(": `")
                .append(step.command())
                .append("`\n");
        }
        values.put("checklist", checklist.toString().stripTrailing());
        return README.render(values);
    }

    private static String contents(CandidatePlan candidate) {
        String prefix = candidate.serviceClassPrefix();
        List<String> lines = new ArrayList<>();
        int operations = candidate.boundary().remoteApi().size();
        if (operations > 0) {
            lines.add("- `" + prefix + "ApiController`: the remote API the monolith will call instead of the in-process"
                    + " module (" + operations + " operations, each answering 501 until its logic moves here).");
        }
        int endpoints = candidate.traffic().endpoints().size();
        if (endpoints > 0) {
            lines.add("- `" + prefix + "Controller`: the " + endpoints + " HTTP endpoints users reach through the"
                    + " gateway, answering 501 until their logic moves here.");
        }
        int tables = candidate.data().tables().size();
        if (tables > 0) {
            lines.add("- `src/main/resources/db/migration`: Flyway migration for the " + tables
                    + " tables that move, read from the JPA entities (check lengths and constraints against the"
                    + " monolith's schema).");
        }
        List<String> others = candidate.boundary()
            .entryPoints()
            .stream()
            .filter(entryPoint -> !entryPoint.startsWith("http ") && !entryPoint.startsWith("jaxrs "))
            .toList();
        if (!others.isEmpty()) {
            lines.add("- Not generated, move them with their code: " + String.join(", ", others) + ". Listeners"
                    + " need their events to reach the service (a broker, or the monolith's outbox).");
        }
        lines.add("- `" + prefix + "ContractTests`: health, tables and every endpoint over real HTTP.");
        lines.add("- `gateway-route.properties`: the strangler gateway route, starting in SHADOW mode.");
        return String.join("\n", lines);
    }

    private static String title(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

}
