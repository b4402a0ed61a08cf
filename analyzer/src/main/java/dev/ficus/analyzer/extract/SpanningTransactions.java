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
        Map<Owners, Set<Spanning>> callsByOwners = new LinkedHashMap<>();
        for (CrossingCall call : calls) {
            if (entities.contains(call.callee()) || call.transactionalMethod().isEmpty()) {
                continue;
            }
            callsByOwners
                .computeIfAbsent(new Owners(call.callerOwner(), call.calleeOwner()), owners -> new LinkedHashSet<>())
                .add(new Spanning(Names.simpleName(call.caller()) + "." + call.transactionalMethod(),
                        Names.simpleName(call.callee()) + "." + call.method()));
        }
        callsByOwners.forEach((owners, spanning) -> notes.add(owners.note(List.copyOf(spanning))));
    }

    /**
     * A call inside a writing transaction: the transactional method, the method it calls.
     */
    private record Spanning(String caller, String callee) {
    }

    /**
     * The candidates on either side of spanning calls (a name may hold a space: "shared
     * kernel").
     */
    private record Owners(String caller, String callee) {

        String note(List<Spanning> calls) {
            Spanning first = calls.get(0);
            String more = calls.size() == 1 ? ""
                    : " (so do " + (calls.size() - 1) + (calls.size() == 2 ? " more call" : " more calls") + " from "
                            + caller + " into " + callee + ": "
                            + calls.subList(1, calls.size())
                                .stream()
                                .map(call -> "`" + call.caller() + "` calls `" + call.callee() + "`")
                                .collect(Collectors.joining(", "))
                            + ")";
            return "`" + first.caller() + "` (" + caller + ") calls `" + first.callee() + "` (" + callee + ")"
                    + " inside one transaction" + more + ": once " + caller + " and " + callee
                    + " are apart, the work on both sides no longer commits or rolls back together; make one side react"
                    + " to an event from the other's outbox (or a saga with a compensation) before extracting either";
        }
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

}
