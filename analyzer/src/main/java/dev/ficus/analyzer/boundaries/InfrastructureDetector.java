package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import dev.ficus.analyzer.graph.TypeNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Tells framework plumbing from business code. A type is plumbing when it starts the
 * application ({@code main}, {@code @SpringBootApplication}), configures it
 * ({@code @Configuration}, {@code @ConfigurationProperties}, servlet
 * {@code @WebFilter}/{@code @WebListener}, {@code @ControllerAdvice} error mapping) or
 * carries a name frameworks give plumbing ({@code *Configuration}, {@code *Properties},
 * {@code *Filter}, {@code *Initializer}, {@code *RuntimeHints}, {@code *Interceptor},
 * {@code *Formatter}, {@code *Converter}). Plumbing that mostly wires one candidate
 * service is that service's own wiring and stays there; the rest goes to the
 * {@link Platform}.
 */
final class InfrastructureDetector {

    static final String REASON = "Framework plumbing (application class, configuration, properties, filters,"
            + " formatters) not tied to one candidate service: it stays with the platform, never a service.";

    private static final Set<String> PLUMBING_ANNOTATIONS = Set.of("SpringBootApplication", "SpringBootConfiguration",
            "EnableAutoConfiguration", "Configuration", "ConfigurationProperties", "WebFilter", "WebListener",
            "ImportRuntimeHints", "EnableWebMvc", "EnableCaching", "EnableScheduling", "ControllerAdvice",
            "RestControllerAdvice");

    private static final Pattern PLUMBING_NAME = Pattern
        .compile(".*(Application|Configuration|Config|Properties|Filter|Initializer|RuntimeHints|Interceptor|Formatter"
                + "|Converter)");

    /**
     * Generic helpers and operational endpoints: business code may sit beside them, but a
     * candidate made of nothing else is plumbing.
     */
    private static final Pattern HELPER_NAME = Pattern.compile(SharedHelpers.HELPER_NAME.pattern()
            + "|(Ping|Health|HealthCheck|Heartbeat|Status|Version)(Controller|Resource|Endpoint|Servlet)");

    /**
     * Exception handling: throwables, their handlers and the error bodies they answer
     * with ({@code InvalidRequestException}, {@code ApiError},
     * {@code FieldErrorResource}): a name holding the word {@code Exception} or
     * {@code Error}.
     */
    private static final Pattern EXCEPTION_NAME = Pattern.compile("(.*[a-z0-9])?(Exception|Error)s?([A-Z].*)?");

    private final CodeGraph code;

    private final Map<String, List<EntryPoint>> entryPoints;

    InfrastructureDetector(CodeGraph code) {
        this.code = code;
        // the graph groups them anew on each call: once here
        this.entryPoints = code.entryPointsByType();
    }

    /** Types that look like plumbing, whatever their dependencies. */
    SortedSet<String> plumbing() {
        SortedSet<String> result = new TreeSet<>();
        for (TypeNode type : code.types().values()) {
            boolean main = entryPoints.getOrDefault(type.name(), List.of())
                .stream()
                .anyMatch(e -> e.kind() == EntryPoint.Kind.MAIN);
            boolean annotated = type.annotations().stream().anyMatch(PLUMBING_ANNOTATIONS::contains);
            if (main || annotated || marker(type)
                    || PLUMBING_NAME.matcher(type.simpleName()).matches() && type.kind() != TypeNode.Kind.INTERFACE) {
                result.add(type.name());
            }
        }
        return result;
    }

    /**
     * Of the given types (the shared kernel's), the classes that implement a library's
     * interface ({@code MongoOperations} wrapped with retries, a web framework's
     * {@code ActionBean} base): they adapt a framework to the application, they carry no
     * business value every service shares. The JDK's interfaces ({@code Serializable},
     * {@code Comparable}) do not count.
     */
    SortedSet<String> frameworkAdapters(Set<String> types) {
        SortedSet<String> result = new TreeSet<>();
        for (String name : types) {
            TypeNode type = code.types().get(name);
            if (type != null && !type.libraryInterfaces().isEmpty() && type.libraryInterfaces()
                .stream()
                .noneMatch(i -> code.types().containsKey(i)
                        || code.types().containsKey(type.packageName() + "." + i.substring(i.lastIndexOf('.') + 1)))) {
                result.add(name);
            }
        }
        return result;
    }

    /**
     * An annotation type that uses no analysed type but other annotations: a marker the
     * framework reads ({@code @AnonymousAccess}), not business code. An annotation tied
     * to code (a validation constraint naming its validator) stays with that code.
     */
    private boolean marker(TypeNode type) {
        return type.kind() == TypeNode.Kind.ANNOTATION && code.graph()
            .outgoingEdgesOf(type.name())
            .stream()
            .map(dependency -> code.types().get(dependency.target()))
            .allMatch(target -> target == null || target.kind() == TypeNode.Kind.ANNOTATION);
    }

    /**
     * Advice for every controller of the application ({@code @ControllerAdvice}): it
     * wires no one service. Nor does the application class ({@code main},
     * {@code @SpringBootApplication}), whatever beans it declares: it starts them all.
     * Marker annotations neither: what reads them is the application's plumbing (an
     * aspect, the security configuration).
     */
    private boolean applicationWide(TypeNode type) {
        return type.annotations().contains("ControllerAdvice") || type.annotations().contains("RestControllerAdvice")
                || type.annotations().contains("SpringBootApplication")
                || entryPoints.getOrDefault(type.name(), List.of())
                    .stream()
                    .anyMatch(entryPoint -> entryPoint.kind() == EntryPoint.Kind.MAIN);
    }

    /**
     * Whether a cluster holds nothing but plumbing and generic helpers (a property reader
     * and the ping endpoint using it), exception handling (the exceptions, their handler
     * and its error bodies), or enums only such code uses (the constants a helper
     * switches on): it goes to the platform, never a business candidate. Exception
     * handling and those enums count when they declare no entry point and touch no table.
     */
    boolean plumbingOnly(Set<String> cluster, Set<String> plumbing) {
        Map<String, SortedSet<String>> tables = code.tablesByType();
        Set<String> infrastructure = new TreeSet<>();
        for (String name : cluster) {
            TypeNode type = code.types().get(name);
            boolean plain = !entryPoints.containsKey(name) && !tables.containsKey(name);
            if (plumbing.contains(name) || type != null && (HELPER_NAME.matcher(type.simpleName()).matches()
                    || plain && EXCEPTION_NAME.matcher(type.simpleName()).matches())) {
                infrastructure.add(name);
            }
        }
        // the cluster's enums that only such code uses (fixpoint); a service or a model
        // only plumbing calls (a scheduled task's work) stays business code
        boolean grew = true;
        while (grew) {
            grew = false;
            for (String name : cluster) {
                TypeNode type = code.types().get(name);
                Set<Dependency> users = code.graph().incomingEdgesOf(name);
                boolean constants = type != null && type.kind() == TypeNode.Kind.ENUM;
                if (constants && !infrastructure.contains(name) && !entryPoints.containsKey(name) && !tables
                    .containsKey(name) && !users.isEmpty() && users.stream()
                        .allMatch(user -> plumbing.contains(user.source()) || infrastructure.contains(user.source()))) {
                    infrastructure.add(name);
                    grew = true;
                }
            }
        }
        return infrastructure.containsAll(cluster);
    }

    /**
     * Which cluster each plumbing type belongs to: the one holding more than half the
     * weight of its dependencies on clustered business types (what it wires; what uses it
     * when it wires nothing). Types without such a cluster are missing from the map: they
     * go to the platform. The plumbing of one application of a split codebase only counts
     * clusters holding no other application's types: a configuration of one application
     * that reads a library's mappers another application's candidate holds is still not
     * that candidate's wiring.
     */
    Map<String, Integer> owners(SortedSet<String> plumbing, List<? extends Set<String>> clusters,
            DeployableModules deployables) {
        Map<String, Integer> clusterOf = new HashMap<>();
        List<Set<String>> applicationsOf = new ArrayList<>();
        for (int k = 0; k < clusters.size(); k++) {
            for (String type : clusters.get(k)) {
                clusterOf.put(type, k);
            }
            applicationsOf.add(deployables.deployablesOf(clusters.get(k)));
        }
        Map<String, Integer> result = new TreeMap<>();
        for (String type : plumbing) {
            TypeNode node = code.types().get(type);
            if (node != null && (applicationWide(node) || marker(node))) {
                continue;
            }
            Set<String> own = deployables.deployableOf(type).map(Set::of).orElse(Set.of());
            IntPredicate admissible = k -> own.isEmpty() || own.containsAll(applicationsOf.get(k));
            Map<Integer, Double> weights = weights(code.graph().outgoingEdgesOf(type), type, plumbing, clusterOf,
                    admissible);
            if (weights.isEmpty()) {
                weights = weights(code.graph().incomingEdgesOf(type), type, plumbing, clusterOf, admissible);
            }
            double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
            weights.entrySet()
                .stream()
                .filter(entry -> entry.getValue() > total / 2)
                .findFirst()
                .ifPresent(entry -> result.put(type, entry.getKey()));
        }
        return result;
    }

    private Map<Integer, Double> weights(Set<Dependency> dependencies, String type, Set<String> plumbing,
            Map<String, Integer> clusterOf, IntPredicate admissible) {
        Map<Integer, Double> result = new TreeMap<>();
        for (Dependency dependency : dependencies) {
            String other = dependency.source().equals(type) ? dependency.target() : dependency.source();
            TypeNode node = code.types().get(other);
            // the exceptions it handles and the helpers it calls wire no service; a
            // helper reading it is wired by it
            if (!plumbing.contains(other) && clusterOf.containsKey(other) && admissible.test(clusterOf.get(other))
                    && !(dependency.source().equals(type) && node != null
                            && (EXCEPTION_NAME.matcher(node.simpleName()).matches() || SharedHelpers.helper(node)))) {
                result.merge(clusterOf.get(other), ClassGraphs.weight(code, dependency), Double::sum);
            }
        }
        return result;
    }

}
