package dev.ficus.analyzer.plan;

import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.document.TableSpec;
import dev.ficus.plan.CrossingCall;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The synchronous calls that cross candidate boundaries: call sites as the analysis read
 * them, and call-site counts per candidate pair from the dependencies' counts (the
 * analysis keeps the first few locations of a dependency, but every count). Calls into
 * the shared kernel do not cross: the kernel becomes a library every service links. Nor
 * do calls on records and enums (event payloads, DTOs) or on the types the analysis found
 * published as events, whatever their kind (a Lombok {@code @Value} class), or on an
 * interface declaring such events: reading a value another candidate sent is data, not a
 * remote call. Nor do calls on anything but a bean the caller holds (see
 * {@link #onBean}), except on another candidate's JPA entity, which the candidate loads
 * and the plan must name (its table moves away).
 */
final class CrossingCalls {

    private final List<CrossingCall> calls = new ArrayList<>();

    private final List<AnalysisDocument.DependencyInfo> crossingEdges = new ArrayList<>();

    private final Ownership ownership;

    CrossingCalls(AnalysisDocument analysis, Ownership ownership) {
        this.ownership = ownership;
        Map<String, AnalysisDocument.TypeInfo> types = analysis.typesByName();
        Set<String> events = analysis.events().stream().map(event -> event.type()).collect(Collectors.toSet());
        Predicate<String> value = type -> isValue(types.get(type)) || events.contains(type)
                || declaresEvents(types.get(type), events);
        Set<String> entities = analysis.entityTables()
            .stream()
            .map(TableSpec::entity)
            .filter(entity -> !entity.isEmpty())
            .collect(Collectors.toSet());
        Predicate<AnalysisDocument.CallSite> crossing = call -> onBean(call) || entities.contains(call.callee());
        Set<List<String>> handedIn = notCrossing(analysis.calls(), crossing);
        for (AnalysisDocument.DependencyInfo dependency : analysis.dependencies()) {
            if (crosses(dependency.source(), dependency.target()) && dependency.count("call") > 0
                    && !value.test(dependency.target())
                    && !handedIn.contains(List.of(dependency.source(), dependency.target()))) {
                crossingEdges.add(dependency);
            }
        }
        for (AnalysisDocument.CallSite call : analysis.calls()) {
            if (crosses(call.caller(), call.callee()) && !value.test(call.callee()) && crossing.test(call)) {
                calls.add(new CrossingCall(call.caller(), ownership.ownerOf(call.caller()), call.callee(),
                        ownership.servingOwnerOf(call.callee()), call.method(), call.arguments(), call.location(),
                        call.resultUsed(), call.handled(), call.transactionalMethod()));
            }
        }
        calls.sort(null);
    }

    private static boolean isValue(AnalysisDocument.@Nullable TypeInfo type) {
        return type != null && (type.kind().equals("record") || type.kind().equals("enum"));
    }

    /**
     * Whether the call is made on a field the caller holds, a bean in Spring code, which
     * a service could serve: not on an object the caller was handed, made or looked up
     * (ddd-by-examples/library's {@code Patron.placeOnHold(AvailableBook book)} reading
     * {@code book.getBookId()}, eladmin's {@code userService.findByName(name)} result
     * read with {@code getPassword()}), which runs wherever that object is, nor a static
     * call, which runs wherever its class is.
     */
    private static boolean onBean(AnalysisDocument.CallSite call) {
        return call.receiver().equals(AnalysisDocument.CallSite.ON_FIELD);
    }

    /**
     * The caller and callee pairs of which the analysis read calls, none of them
     * crossing.
     */
    private static Set<List<String>> notCrossing(List<AnalysisDocument.CallSite> calls,
            Predicate<AnalysisDocument.CallSite> crossing) {
        Map<List<String>, Boolean> noneCrossing = new HashMap<>();
        calls.forEach(call -> noneCrossing.merge(List.of(call.caller(), call.callee()), !crossing.test(call),
                Boolean::logicalAnd));
        return noneCrossing.entrySet()
            .stream()
            .filter(Map.Entry::getValue)
            .map(Map.Entry::getKey)
            .collect(Collectors.toSet());
    }

    /**
     * Whether an interface declares nested event types
     * ({@code PatronEvent.BookReturned}): the analysis folds a nested type into its
     * top-level one, so a call on such an event reads as a call on the interface, which
     * is their common contract.
     */
    private static boolean declaresEvents(AnalysisDocument.@Nullable TypeInfo type, Set<String> events) {
        return type != null && type.kind().equals("interface")
                && events.stream().anyMatch(event -> event.startsWith(type.name() + "."));
    }

    private boolean crosses(String caller, String callee) {
        String callerOwner = ownership.ownerOf(caller);
        String calleeOwner = ownership.servingOwnerOf(callee);
        return ownership.isCandidate(calleeOwner) && !callerOwner.equals(calleeOwner);
    }

    List<CrossingCall> into(String candidate) {
        return calls.stream().filter(call -> call.calleeOwner().equals(candidate)).toList();
    }

    /**
     * The calls the candidate's service makes on other candidates: its own, and those the
     * platform and kernel code every service carries makes on ports of other candidates
     * (RuoYi-Vue-Plus's {@code DeptNameTranslationImpl} calling {@code DeptService},
     * which {@code system} serves), so that a service has a bean for each port. The
     * candidate pairs ({@link #candidateCalls}) and counts ({@link #callSitesOutOf}) are
     * of candidates' own calls only.
     */
    List<CrossingCall> outOf(String candidate) {
        return calls.stream()
            .filter(call -> call.callerOwner().equals(candidate) || !ownership.isCandidate(call.callerOwner())
                    && ownership.isPort(call.callee()) && !call.calleeOwner().equals(candidate))
            .toList();
    }

    /**
     * Static call sites from the rest into the candidate, from the dependencies' counts.
     */
    int callSitesInto(String candidate) {
        return crossingEdges.stream()
            .filter(edge -> ownership.servingOwnerOf(edge.target()).equals(candidate))
            .mapToInt(edge -> edge.count("call"))
            .sum();
    }

    /**
     * Static call sites from the candidate to other candidates, from the dependencies'
     * counts.
     */
    int callSitesOutOf(String candidate) {
        return crossingEdges.stream()
            .filter(edge -> ownership.ownerOf(edge.source()).equals(candidate))
            .mapToInt(edge -> edge.count("call"))
            .sum();
    }

    /**
     * A candidate calling another.
     *
     * @param caller calling candidate
     * @param callee called candidate
     */
    record CandidateCall(String caller, String callee) {
    }

    /** Pairs of candidates with at least one crossing call between them. */
    List<CandidateCall> candidateCalls() {
        return crossingEdges.stream()
            .map(edge -> new CandidateCall(ownership.ownerOf(edge.source()), ownership.servingOwnerOf(edge.target())))
            .filter(call -> ownership.isCandidate(call.caller()))
            .distinct()
            .toList();
    }

}
