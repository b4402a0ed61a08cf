package dev.ficus.analyzer.extract;

import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.CrossingCall;
import dev.ficus.plan.EventType;
import dev.ficus.plan.MigrationPlan;
import dev.ficus.plan.RemoteOperation;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What crosses the candidate's boundary, as the plan says it: its packages, the events it
 * publishes and listens to, the calls the rest makes on it and the calls it makes back.
 */
final class CandidateBoundary {

    private static final Pattern LISTENER = Pattern.compile("^listener (\\S+) \\(");

    private final MigrationPlan plan;

    private final CandidatePlan candidate;

    private final MonolithCode code;

    CandidateBoundary(MigrationPlan plan, CandidatePlan candidate) {
        this.plan = plan;
        this.candidate = candidate;
        this.code = new MonolithCode(plan);
    }

    /**
     * Why no client stands in for a type the monolith calls
     * ({@link MonolithCode#whyNoClient}).
     */
    String whyNoClient(String type) {
        return code.whyNoClient(type);
    }

    /**
     * The candidate's packages, the fewest that hold all its types (its own remote
     * adapters, which stay in the monolith, left out).
     */
    List<String> modulePackages() {
        SortedSet<String> packages = candidate.boundary()
            .movingTypes()
            .stream()
            .filter(type -> !isRemoteAdapter(type))
            .map(MonolithCode::packageOf)
            .collect(Collectors.toCollection(TreeSet::new));
        return packages.stream()
            .filter(pkg -> packages.stream().noneMatch(other -> !other.equals(pkg) && pkg.startsWith(other + ".")))
            .toList();
    }

    /**
     * The other candidates' types that sit in this candidate's packages (a codebase
     * organised by layer keeps every feature's controllers in one package) and that this
     * candidate does not reach through its calls, and every other candidate's controllers
     * and listeners: the service's component scan leaves them out, so that it runs its
     * own controllers and services, not the whole monolith's. The other types of
     * candidates it calls stay, so their beans can be injected, unless a generated
     * subclass stands in for them.
     */
    List<String> foreignTypesInModulePackages() {
        Set<String> reached = reachedCandidates();
        Set<String> called = new HashSet<>();
        candidate.boundary().outgoingCalls().forEach(call -> called.add(call.callee()));
        Map<String, List<RemoteOperation>> callBacks = callBacks();
        List<String> packages = modulePackages();
        return plan.candidates()
            .stream()
            .filter(other -> !other.name().equals(candidate.name()))
            .flatMap(other -> other.boundary()
                .movingTypes()
                .stream()
                .filter(type -> !reached.contains(other.name())
                        || servesEntryPoint(other, type) && !called.contains(type)
                        || !callBacks.getOrDefault(type, List.of()).isEmpty()
                                && code.javaInterface(type).filter(JavaInterface::isClass).isPresent()))
            .filter(type -> packages.stream().anyMatch(pkg -> isIn(type, pkg)))
            .sorted()
            .toList();
    }

    /**
     * Whether the type serves one of the candidate's entry points (a controller, a
     * listener): the service must not answer another candidate's requests, even when it
     * calls that candidate's beans.
     */
    private static boolean servesEntryPoint(CandidatePlan candidate, String type) {
        String handler = "(" + MonolithCode.simpleName(type) + ")";
        return candidate.boundary().entryPoints().stream().anyMatch(entryPoint -> entryPoint.endsWith(handler));
    }

    private static boolean isIn(String type, String pkg) {
        String typePackage = MonolithCode.packageOf(type);
        return typePackage.equals(pkg) || typePackage.startsWith(pkg + ".");
    }

    /** This candidate and every candidate it calls, directly or through others. */
    private Set<String> reachedCandidates() {
        Set<String> reached = new HashSet<>(Set.of(candidate.name()));
        Deque<String> next = new ArrayDeque<>(reached);
        while (!next.isEmpty()) {
            plan.candidate(next.pop()).ifPresent(caller -> caller.boundary().outgoingCalls().forEach(call -> {
                if (reached.add(call.calleeOwner())) {
                    next.push(call.calleeOwner());
                }
            }));
        }
        return reached;
    }

    /**
     * The candidate whose table {@code type} maps, when it is a JPA entity of another
     * candidate.
     */
    Optional<String> entityOwner(String type) {
        return plan.candidates()
            .stream()
            .filter(other -> !other.name().equals(candidate.name()))
            .filter(other -> other.data().tables().stream().anyMatch(table -> table.entity().equals(type)))
            .map(CandidatePlan::name)
            .findFirst();
    }

    /** The calls that cross the candidate's boundary, both ways. */
    List<CrossingCall> crossingCalls() {
        List<CrossingCall> calls = new ArrayList<>(candidate.boundary().incomingCalls());
        calls.addAll(candidate.boundary().outgoingCalls());
        return calls;
    }

    /** The types any candidate's tables are mapped by. */
    Set<String> entities() {
        return plan.candidates()
            .stream()
            .flatMap(any -> any.data().tables().stream())
            .map(table -> table.entity())
            .filter(entity -> !entity.isEmpty())
            .collect(Collectors.toSet());
    }

    static boolean isRemoteAdapter(String type) {
        return MonolithCode.packageOf(type).matches(".*\\.internal\\.remote(\\..*)?");
    }

    /** The events other candidates listen to that this candidate's types are. */
    List<String> publishedEvents() {
        SortedSet<String> listenedElsewhere = plan.candidates()
            .stream()
            .filter(other -> !other.name().equals(candidate.name()))
            .flatMap(other -> listenedEventNames(other).stream())
            .collect(Collectors.toCollection(TreeSet::new));
        return plan.events()
            .stream()
            .map(EventType::type)
            .filter(type -> listenedElsewhere.contains(MonolithCode.simpleName(type)))
            .filter(type -> moves(candidate, type))
            .distinct()
            .sorted()
            .toList();
    }

    /**
     * Whether the type moves with the candidate: one of its types, or nested in one
     * ({@code PatronEvent.BookReturned} moves with {@code PatronEvent}).
     */
    private static boolean moves(CandidatePlan candidate, String type) {
        List<String> moving = candidate.boundary().movingTypes();
        for (String name = type; !name.isEmpty(); name = MonolithCode.packageOf(name)) {
            if (moving.contains(name)) {
                return true;
            }
        }
        return false;
    }

    /** The other candidate whose moving types hold {@code event}, if one does. */
    Optional<String> publisherOf(String event) {
        return plan.candidates()
            .stream()
            .filter(other -> !other.name().equals(candidate.name()))
            .filter(other -> moves(other, event))
            .map(CandidatePlan::name)
            .findFirst();
    }

    /** The events of other modules this candidate listens to, fully qualified. */
    List<String> listenedEvents() {
        return listenedEventNames(candidate).stream()
            .map(code::qualifiedEvent)
            .flatMap(Optional::stream)
            .filter(type -> !moves(candidate, type))
            .distinct()
            .sorted()
            .toList();
    }

    /** Listened event names that no single monolith type answers to. */
    List<String> unresolvedEvents() {
        return listenedEventNames(candidate).stream().filter(name -> code.qualifiedEvent(name).isEmpty()).toList();
    }

    private static List<String> listenedEventNames(CandidatePlan candidate) {
        List<String> events = new ArrayList<>();
        for (String entryPoint : candidate.boundary().entryPoints()) {
            Matcher matcher = LISTENER.matcher(entryPoint);
            if (matcher.find()) {
                events.add(MonolithCode.simpleName(matcher.group(1)));
            }
        }
        return events;
    }

    /** The operations the rest calls on this candidate, by the type declaring them. */
    Map<String, List<RemoteOperation>> incomingOperations() {
        return candidate.boundary()
            .remoteApi()
            .stream()
            .collect(Collectors.groupingBy(RemoteOperation::callee, LinkedHashMap::new, Collectors.toList()));
    }

    /**
     * The services of every candidate whose calls back reach {@code callee}, this one's
     * among them, by artifact id: whichever of them is extracted, the monolith's
     * endpoints for the type are the same file and answer them all.
     */
    List<String> servicesCallingBack(String callee) {
        return plan.candidates()
            .stream()
            .filter(other -> new CandidateBoundary(plan, other).callBacks().containsKey(callee))
            .map(other -> ServiceNames.of(other).artifactId())
            .sorted()
            .toList();
    }

    /**
     * The types of other candidates this one calls (its calls back into the monolith),
     * each with the operations the plan proposes for the candidate owning it.
     */
    Map<String, List<RemoteOperation>> callBacks() {
        Map<String, List<RemoteOperation>> callBacks = new LinkedHashMap<>();
        for (CrossingCall call : candidate.boundary().outgoingCalls()) {
            if (isRemoteAdapter(call.caller()) || call.calleeOwner().equals(candidate.name())) {
                continue;
            }
            List<RemoteOperation> operations = plan.candidate(call.calleeOwner())
                .map(owner -> owner.boundary()
                    .remoteApi()
                    .stream()
                    .filter(operation -> operation.callee().equals(call.callee()))
                    .toList())
                .orElse(List.of());
            callBacks.putIfAbsent(call.callee(), operations);
        }
        return callBacks;
    }

}
