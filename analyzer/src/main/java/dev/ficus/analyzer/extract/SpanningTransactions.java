package dev.ficus.analyzer.extract;

import dev.ficus.plan.CrossingCall;
import dev.ficus.plan.Names;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Transactions that span two candidates: a call across the boundary made from inside a
 * writing {@code @Transactional} method (or class), as the plan marks the call. In the
 * monolith both sides commit or roll back together; once either is a service they are two
 * transactions, so the project names each such call as something that needs the user.
 */
final class SpanningTransactions {

    private final List<String> notes = new ArrayList<>();

    SpanningTransactions(List<CrossingCall> calls, Set<String> entities) {
        // one note per pair of candidates, its calls in plan order: a module's twenty
        // endpoints calling the same security check are one thing to decide, not twenty
        Map<List<String>, Set<String>> callsByOwners = new LinkedHashMap<>();
        for (CrossingCall call : calls) {
            if (entities.contains(call.callee()) || call.transactionalMethod().isEmpty()) {
                continue;
            }
            String caller = Names.simpleName(call.caller()) + "." + call.transactionalMethod();
            String callee = Names.simpleName(call.callee()) + "." + call.method();
            // an owner may have a space in its name ("shared kernel")
            callsByOwners
                .computeIfAbsent(List.of(call.callerOwner(), call.calleeOwner()), owners -> new LinkedHashSet<>())
                .add("`" + caller + "` (" + call.callerOwner() + ") calls `" + callee + "` (" + call.calleeOwner()
                        + ")");
        }
        callsByOwners.forEach((owners, spanning) -> notes.add(note(owners, List.copyOf(spanning))));
    }

    private static String note(List<String> owners, List<String> spanning) {
        String more = spanning.size() == 1 ? "" : " (so do " + (spanning.size() - 1)
                + (spanning.size() == 2 ? " more call" : " more calls") + " from " + owners.get(0) + " into "
                + owners.get(1) + ": "
                + spanning.subList(1, spanning.size())
                    .stream()
                    .map(call -> call.replace(" (" + owners.get(0) + ")", "").replace(" (" + owners.get(1) + ")", ""))
                    .collect(Collectors.joining(", "))
                + ")";
        return spanning.get(0) + " inside one transaction" + more + ": once " + owners.get(0) + " and " + owners.get(1)
                + " are apart, the work on both sides no longer commits or rolls back together; make one side react to"
                + " an event from the other's outbox (or a saga with a compensation) before extracting either";
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

}
