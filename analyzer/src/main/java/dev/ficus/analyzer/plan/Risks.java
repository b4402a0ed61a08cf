package dev.ficus.analyzer.plan;

import dev.ficus.plan.CrossingCall;
import dev.ficus.plan.Names;
import dev.ficus.plan.Risk;
import dev.ficus.plan.Traffic;
import dev.ficus.analyzer.document.AnalysisDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Finds what makes an extraction risky and says it in plain words. */
final class Risks {

    /**
     * A table used by this many owners (candidates or shared kernel) has no clear owner.
     */
    static final int SHARED_TABLE_OWNERS_THRESHOLD = 3;

    /** A type this long is a god class. */
    static final int GOD_CLASS_LOC_THRESHOLD = 500;

    /** A type this many other types depend on is a god class. */
    static final int GOD_CLASS_FAN_IN_THRESHOLD = 20;

    private Risks() {
    }

    static List<Risk> of(String candidate, ExtractionFacts facts, List<String> types, AnalysisDocument analysis,
            Map<String, SortedSet<String>> ownersByTable) {
        List<Risk> risks = new ArrayList<>();
        if (!facts.applications().isEmpty()) {
            risks.add(new Risk("own-application", candidate + " holds an application class of its own ("
                    + String.join(", ", facts.applications())
                    + "): it starts as a process apart from the monolith's already,"
                    + " so it needs a deployment of its own rather than an extraction" + (facts.capability() ? ""
                            : ", and it serves nothing the monolith's users reach, so it is ranked" + " last")));
        }
        else if (!facts.capability()) {
            risks.add(new Risk("not-a-capability", candidate + " serves nothing of its own (no endpoint, listener,"
                    + " job, table or caller; only bootstrap or configuration code): keep it in the monolith or fold"
                    + " it into the candidates that use it, so it is ranked last"));
        }
        if (!facts.cycleWith().isEmpty()) {
            risks.add(new Risk("cycle", candidate + " and " + String.join(", ", facts.cycleWith())
                    + " call each other in a cycle, so none of them can be deployed alone: replace one direction"
                    + " with events (see 'better as events') before extracting"));
        }
        ownersByTable.forEach((table, owners) -> {
            if (owners.contains(candidate) && owners.size() >= SHARED_TABLE_OWNERS_THRESHOLD) {
                risks.add(new Risk("shared-table",
                        "table " + table + " is read or written by " + owners.size() + " owners ("
                                + String.join(", ", owners) + "): give it one owner with an API before it" + " moves"));
            }
        });
        Map<String, AnalysisDocument.TypeInfo> byName = analysis.typesByName();
        Map<String, Long> fanIns = analysis.dependencies()
            .stream()
            .collect(Collectors.groupingBy(AnalysisDocument.DependencyInfo::target, Collectors.counting()));
        for (String type : types) {
            AnalysisDocument.TypeInfo node = byName.get(type);
            long fanIn = fanIns.getOrDefault(type, 0L);
            int loc = node == null ? 0 : node.loc();
            if (loc >= GOD_CLASS_LOC_THRESHOLD || fanIn >= GOD_CLASS_FAN_IN_THRESHOLD) {
                risks.add(new Risk("god-class", Names.simpleName(type) + " is a god class (" + loc + " lines, " + fanIn
                        + " types depend on it): split it before moving it"));
            }
        }
        if (facts.outgoingCalls() > 0) {
            risks.add(new Risk("calls-back", "the service would call the rest of the monolith at "
                    + facts.outgoingCalls() + " call sites: each becomes a remote call that can fail"));
        }
        return risks;
    }

    /**
     * A capability no HTTP request reaches: the gateway's part of the journey (route,
     * shadow, rollout) has nothing to move, its work comes and goes another way.
     */
    static List<Risk> withoutHttpTraffic(String candidate, ExtractionFacts facts, Traffic traffic) {
        if (!facts.capability() || !traffic.endpoints().isEmpty()) {
            return List.of();
        }
        return List.of(new Risk("no-http-traffic", candidate + " takes no HTTP request: its work reaches it through"
                + " events, schedules or the monolith's calls, which the generated adapters switch over, so the gateway"
                + " route " + String.join(", ", traffic.paths()) + " moves nothing and shadow and rollout have nothing"
                + " to compare; once the service does that work, stop the monolith's own listeners and schedules for"
                + " it, or both will do it"));
    }

    /**
     * One risk per path of the candidate that another owner answers too (its handlers
     * differ by method, or one has a path variable where the other has a word): the
     * gateway routes by path, so no route moves one handler without the other.
     */
    static List<Risk> sharedPaths(SortedMap<String, SortedSet<String>> sharedWith) {
        return sharedWith.entrySet()
            .stream()
            .map(entry -> new Risk("shared-path", entry.getKey() + " is also a path of "
                    + String.join(", ", entry.getValue())
                    + ": the gateway routes by path, not by handler, so no route proposed here takes it and its"
                    + " requests stay with the monolith; give the candidate's handler a path of its own to move it"))
            .toList();
    }

    /**
     * A candidate whose HTTP paths are all shared with other owners: its route moves
     * nothing, so its traffic steps are left out of the checklist.
     */
    static List<Risk> withoutOwnPaths(String candidate, Traffic traffic, RoutePaths.Proposal routes) {
        if (routes.routable() || routes.sharedWith().isEmpty()) {
            return List.of();
        }
        return List.of(new Risk("no-own-path", "no path of " + candidate + " can be routed to it alone (see"
                + " shared-path), so its gateway route " + String.join(", ", traffic.paths())
                + " moves nothing and the checklist leaves shadow and rollout out: give its handlers paths of their"
                + " own first"));
    }

    /**
     * One risk per entity of the candidate that other candidates hold and call directly:
     * the service cannot serve a live JPA object over HTTP, so they keep reading its
     * table in the monolith until they use ids or the service's API instead.
     */
    static List<Risk> sharedEntities(List<CrossingCall> entityCalls) {
        Map<String, SortedSet<String>> usersByEntity = new TreeMap<>();
        entityCalls.forEach(call -> usersByEntity.computeIfAbsent(call.callee(), entity -> new TreeSet<>())
            .add(call.callerOwner()));
        return usersByEntity.entrySet()
            .stream()
            .map(entry -> new Risk("shared-entity", Names.simpleName(entry.getKey()) + " is a JPA entity that "
                    + String.join(", ", entry.getValue())
                    + " use directly: no HTTP operation can stand in for it, so they keep its table in the monolith's"
                    + " database until they hold ids or call this service's API instead"))
            .toList();
    }

}
