package dev.ficus.analyzer.extract;

import dev.ficus.plan.CrossingCall;
import dev.ficus.plan.Names;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Transactions that span two candidates: a call across the boundary made from inside a
 * writing {@code @Transactional} method (or class), as the plan marks the call. In the
 * monolith both sides commit or roll back together; once either is a service they are two
 * transactions, so the project names each such call as something that needs the user.
 */
final class SpanningTransactions {

    private final List<String> notes = new ArrayList<>();

    SpanningTransactions(List<CrossingCall> calls, Set<String> entities) {
        Set<String> seen = new LinkedHashSet<>();
        for (CrossingCall call : calls) {
            if (entities.contains(call.callee()) || call.transactionalMethod().isEmpty()) {
                continue;
            }
            String caller = Names.simpleName(call.caller()) + "." + call.transactionalMethod();
            String callee = Names.simpleName(call.callee()) + "." + call.method();
            if (seen.add(caller + ">" + callee)) {
                notes.add("`" + caller + "` (" + call.callerOwner() + ") calls `" + callee + "`" + " ("
                        + call.calleeOwner() + ") inside one transaction: once " + call.callerOwner() + " and "
                        + call.calleeOwner() + " are apart, the work on both sides no longer commits or"
                        + " rolls back together; make one side react to an event from the other's outbox (or a saga with a"
                        + " compensation) before extracting either");
            }
        }
    }

    List<String> notes() {
        return List.copyOf(notes);
    }

}
