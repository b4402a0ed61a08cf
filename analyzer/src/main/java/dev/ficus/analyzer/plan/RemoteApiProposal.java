package dev.ficus.analyzer.plan;

import com.github.javaparser.ast.body.MethodDeclaration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Groups the calls into a candidate by called method and proposes an HTTP endpoint for each, or an event when no
 * caller uses the result (a notification is better published than called).
 * <p>
 * Queries (methods returning a value, taking simple parameters, not named like a command such as {@code create…},
 * {@code update…}, {@code reserve…}) become {@code GET} with query parameters, everything else {@code POST} with a
 * JSON body; paths are
 * {@code /internal/<candidate>/<operation-in-kebab-case>}, internal because the monolith calls them, not users.
 */
final class RemoteApiProposal {

    private static final Pattern COMMAND = Pattern.compile("^(create|add|place|update|set|save|store|put|delete"
            + "|remove|cancel|register|reserve|release|authori[sz]e|capture|ship|confirm|mark|record|apply|process"
            + "|send|publish|notify|handle|execute|submit|pay|refund|book|change|assign|start|stop|close|open|reset"
            + "|increment|decrement|adjust|import|export|sync|schedule|approve|reject)([A-Z0-9].*)?$");

    private static final Set<String> SIMPLE_TYPES = Set.of("long", "Long", "int", "Integer", "short", "Short",
            "boolean", "Boolean", "double", "Double", "String", "UUID", "BigDecimal", "LocalDate");

    private final List<RemoteOperation> remoteApi = new ArrayList<>();
    private final List<RemoteOperation> eventCandidates = new ArrayList<>();

    RemoteApiProposal(String candidate, List<CrossingCall> incoming, CallSites callSites) {
        Map<String, List<CrossingCall>> byMethod = new TreeMap<>();
        for (CrossingCall call : incoming) {
            if (!call.method().equals("?")) {
                byMethod.computeIfAbsent(call.callee() + "#" + call.method(), key -> new ArrayList<>()).add(call);
            }
        }
        Set<String> methodNames = new HashSet<>();
        Set<String> clashing = new HashSet<>();
        byMethod.values().forEach(calls -> {
            if (!methodNames.add(calls.get(0).method())) {
                clashing.add(calls.get(0).method());
            }
        });
        for (List<CrossingCall> calls : byMethod.values()) {
            RemoteOperation operation = operation(candidate, calls, callSites, clashing);
            boolean resultUsed = calls.stream().anyMatch(CrossingCall::resultUsed)
                    && !operation.returnType().equals("void");
            (resultUsed ? remoteApi : eventCandidates).add(operation);
        }
        remoteApi.sort(Comparator.comparing(RemoteOperation::path));
        eventCandidates.sort(Comparator.comparing(RemoteOperation::path));
    }

    List<RemoteOperation> remoteApi() {
        return List.copyOf(remoteApi);
    }

    List<RemoteOperation> eventCandidates() {
        return List.copyOf(eventCandidates);
    }

    private static RemoteOperation operation(String candidate, List<CrossingCall> calls, CallSites callSites,
            Set<String> clashing) {
        CrossingCall first = calls.get(0);
        String method = first.method();
        MethodDeclaration declaration = callSites.declaration(first.callee(), method, first.arguments()).orElse(null);
        List<RemoteOperation.Field> parameters = declaration == null ? List.of()
                : declaration.getParameters().stream().map(CallSites::field).toList();
        String returnType = declaration == null ? "Object" : declaration.getType().asString();
        String operation = clashing.contains(method)
                ? decapitalize(Names.simpleName(first.callee())) + capitalize(method) : method;
        boolean query = !COMMAND.matcher(method).matches() && !returnType.equals("void")
                && parameters.stream().allMatch(parameter -> SIMPLE_TYPES.contains(parameter.type()));
        String packageName = first.callee().contains(".")
                ? first.callee().substring(0, first.callee().lastIndexOf('.')) : "";
        return new RemoteOperation(query ? "GET" : "POST",
                "/internal/" + Names.kebab(candidate) + "/" + Names.kebab(operation), operation, first.callee(),
                method, parameters, returnType, callSites.recordComponents(returnType, packageName),
                calls.stream().map(CrossingCall::location).distinct().sorted().toList());
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
