package dev.ficus.analyzer.plan;

import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.plan.CrossingCall;
import dev.ficus.plan.Names;
import dev.ficus.plan.RemoteOperation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Groups the calls into a candidate by called method and proposes an HTTP endpoint for
 * each: every call that becomes remote needs one. Operations whose callers neither use
 * the result nor depend on its failures (no caller catches an exception around the call,
 * the method declares, documents or throws none) are also marked as better published as
 * events: such a call is a notification, and nothing is lost when it is not waited for.
 * <p>
 * Queries (methods returning a value, taking simple parameters, not named like a command
 * such as {@code create…}, {@code update…}, {@code reserve…}) become {@code GET} with
 * query parameters, everything else {@code POST} with a JSON body; paths are
 * {@code /internal/<candidate>/<operation-in-kebab-case>}, internal because the monolith
 * calls them, not users.
 * <p>
 * Calls on a JPA entity (another candidate holding one of this candidate's entities and
 * calling its getters) get no endpoint: the caller holds the object, no bean answers for
 * it, so there is nothing to call over HTTP. They are kept apart as shared-entity calls.
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

    private final List<CrossingCall> sharedEntityCalls = new ArrayList<>();

    RemoteApiProposal(String candidate, List<CrossingCall> incoming, Map<String, AnalysisDocument.Operation> operations,
            Set<String> entities) {
        Map<String, List<CrossingCall>> byMethod = new TreeMap<>();
        for (CrossingCall call : incoming) {
            if (entities.contains(call.callee())) {
                sharedEntityCalls.add(call);
            }
            else if (!call.method().equals("?")) {
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
            // a method reference passes an unknown number of arguments when overloads
            // differ
            CrossingCall first = calls.stream().filter(call -> call.arguments() >= 0).findFirst().orElse(calls.get(0));
            AnalysisDocument.@Nullable Operation declared = operations
                .get(key(first.callee(), first.method(), first.arguments()));
            RemoteOperation operation = operation(candidate, calls, declared, clashing);
            boolean resultUsed = calls.stream().anyMatch(CrossingCall::resultUsed)
                    && !operation.returnType().equals("void");
            boolean failuresMatter = declared == null || !declared.failures().isEmpty()
                    || calls.stream().anyMatch(call -> !call.handled().isEmpty());
            remoteApi.add(operation);
            if (!resultUsed && !failuresMatter) {
                eventCandidates.add(operation);
            }
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

    /** The calls other candidates make on this candidate's entities. */
    List<CrossingCall> sharedEntityCalls() {
        return List.copyOf(sharedEntityCalls);
    }

    /** The key of {@link #RemoteApiProposal}'s operations map. */
    static String key(String type, String method, int arguments) {
        return type + "#" + method + "#" + arguments;
    }

    private static RemoteOperation operation(String candidate, List<CrossingCall> calls,
            AnalysisDocument.@Nullable Operation declaration, Set<String> clashing) {
        CrossingCall first = calls.get(0);
        String method = first.method();
        List<RemoteOperation.Field> parameters = declaration == null ? List.of()
                : declaration.parameters().stream().map(RemoteApiProposal::field).toList();
        String returnType = declaration == null ? "Object" : declaration.returnType();
        String operation = clashing.contains(method)
                ? decapitalize(Names.simpleName(first.callee())) + capitalize(method) : method;
        boolean query = !COMMAND.matcher(method).matches() && !returnType.equals("void")
                && parameters.stream().allMatch(parameter -> SIMPLE_TYPES.contains(parameter.type()));
        return new RemoteOperation(query ? "GET" : "POST",
                "/internal/" + Names.kebab(candidate) + "/" + Names.kebab(operation), operation, first.callee(), method,
                parameters, returnType,
                declaration == null ? List.of()
                        : declaration.responseFields().stream().map(RemoteApiProposal::field).toList(),
                calls.stream().map(CrossingCall::location).distinct().sorted().toList());
    }

    private static RemoteOperation.Field field(AnalysisDocument.Field field) {
        return new RemoteOperation.Field(field.name(), field.type());
    }

    private static String capitalize(String name) {
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    private static String decapitalize(String name) {
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

}
