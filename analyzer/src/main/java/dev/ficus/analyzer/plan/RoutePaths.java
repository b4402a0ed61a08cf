package dev.ficus.analyzer.plan;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * The gateway path patterns that take a candidate's HTTP endpoints and none of the
 * monolith's other endpoints: {@code GET /api/catalog/products/{id}} →
 * {@code /api/catalog/**} (one segment when not under {@code /api}), one segment deeper
 * while the pattern would also take a path another owner answers ({@code /resource/**}
 * with the system candidate's {@code /resource/oss/list} → {@code /resource/sms/**}),
 * down to the endpoint's own path. A pattern of one candidate then never overlaps
 * another's, which the gateway refuses.
 *
 * <p>
 * A path variable, a {@code ${placeholder}} or a {@code *} is a wildcard segment, which
 * meets any other; {@code **} meets the rest of a path.
 */
final class RoutePaths {

    private static final String ACTUATOR = "actuator";

    private static final String API = "api";

    private static final String REST = "**";

    private static final String ANY = "*";

    /**
     * {@code {*rest}}, or a variable whose pattern holds {@code /} or
     * {@code .*}/{@code .+}.
     */
    private static final Pattern SPANNING = Pattern.compile("\\{(\\*.*|[^:]*:.*(/|\\.[*+]).*)}");

    private final List<Other> others;

    /**
     * @param others the HTTP paths that other owners (candidates, shared kernel,
     * platform) answer
     */
    RoutePaths(List<OwnedPath> others) {
        this.others = others.stream().map(other -> new Other(other.owner(), segments(other.path()))).toList();
    }

    private record Other(String owner, List<String> segments) {
    }

    /** An HTTP path some owner answers. */
    record OwnedPath(String owner, String path) {
    }

    /**
     * @param patterns the gateway path patterns, sorted, none inside another
     * @param sharedWith each of the candidate's paths that another owner answers too,
     * with those owners: no pattern takes it, since the gateway moves a path, not a
     * handler
     * @param routable whether a pattern takes one of the candidate's paths
     */
    record Proposal(List<String> patterns, SortedMap<String, SortedSet<String>> sharedWith, boolean routable) {
    }

    /**
     * The patterns for these paths of one candidate (actuator paths left out); when none
     * of them can be routed, an invented {@code /api/<name>/**} that takes no other
     * owner's path, whose route moves nothing ({@link Proposal#routable} false).
     */
    Proposal of(List<String> paths, String name) {
        SortedSet<String> patterns = new TreeSet<>();
        SortedMap<String, SortedSet<String>> sharedWith = new TreeMap<>();
        for (String path : paths) {
            List<String> own = segments(path);
            if (!path.startsWith("/") || !own.isEmpty() && own.get(0).equals(ACTUATOR)) {
                continue;
            }
            Optional<String> free = own.isEmpty() ? Optional.empty() : freePattern(own);
            free.ifPresent(patterns::add);
            if (free.isEmpty()) {
                List<String> exact = wildcards(own);
                SortedSet<String> owners = own.isEmpty() ? ownersOfTheRoot() : ownersOf(exact);
                if (owners.isEmpty()) {
                    patterns.add("/" + String.join("/", exact));
                }
                else {
                    sharedWith.put(path, owners);
                }
            }
        }
        List<String> kept = outermost(patterns);
        return kept.isEmpty() ? new Proposal(List.of(fallback(name)), sharedWith, false)
                : new Proposal(kept, sharedWith, true);
    }

    /** {@code /api/<name>/**}, else {@code /<name>/**}, else {@code /ficus/<name>/**}. */
    private String fallback(String name) {
        List<List<String>> choices = List.of(List.of(API, name), List.of(name), List.of("ficus", name));
        List<String> free = choices.stream()
            .filter(prefix -> others.stream().noneMatch(other -> under(other.segments(), prefix)))
            .findFirst()
            .orElse(choices.get(choices.size() - 1));
        return "/" + String.join("/", free) + "/" + REST;
    }

    private Optional<String> freePattern(List<String> own) {
        boolean api = own.get(0).equals(API) && own.size() > 1 && !isWildcard(own.get(1));
        for (int depth = api ? 2 : 1; depth <= own.size(); depth++) {
            List<String> prefix = wildcards(own.subList(0, depth));
            if (others.stream().noneMatch(other -> under(other.segments(), prefix))) {
                boolean ownRest = prefix.get(prefix.size() - 1).equals(REST);
                return Optional.of("/" + String.join("/", prefix) + (ownRest ? "" : "/" + REST));
            }
            if (prefix.get(prefix.size() - 1).equals(REST)) {
                break;
            }
        }
        return Optional.empty();
    }

    /** The owners of the other paths a request for exactly this path could be. */
    private SortedSet<String> ownersOf(List<String> exact) {
        SortedSet<String> owners = new TreeSet<>();
        others.stream()
            .filter(other -> sameLength(other.segments(), exact) && under(other.segments(), exact))
            .forEach(other -> owners.add(other.owner()));
        return owners;
    }

    /**
     * The owners of the root path {@code /}: those answering it, or any path from the
     * root on ({@code /**}); a route for {@code /} takes only it.
     */
    private SortedSet<String> ownersOfTheRoot() {
        SortedSet<String> owners = new TreeSet<>();
        others.stream()
            .filter(other -> other.segments().isEmpty() || other.segments().get(0).equals(REST))
            .forEach(other -> owners.add(other.owner()));
        return owners;
    }

    private static boolean sameLength(List<String> path, List<String> exact) {
        return path.size() == exact.size() || path.contains(REST) || exact.contains(REST);
    }

    /** Whether a request under {@code prefix} could be one {@code path} answers. */
    private static boolean under(List<String> path, List<String> prefix) {
        for (int i = 0; i < prefix.size(); i++) {
            if (prefix.get(i).equals(REST) || (i < path.size() && path.get(i).equals(REST))) {
                return true;
            }
            if (i >= path.size() || !meet(prefix.get(i), path.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean meet(String first, String second) {
        if (first.equals(second) || isWildcard(first) && isWildcard(second)) {
            return true;
        }
        if (!isWildcard(first) && !isWildcard(second)) {
            return false;
        }
        return isWildcard(first) ? SegmentPattern.takes(first, second) : SegmentPattern.takes(second, first);
    }

    private static boolean isWildcard(String segment) {
        return segment.contains("{") || segment.contains(ANY) || segment.contains("?");
    }

    private static List<String> wildcards(List<String> segments) {
        return segments.stream().map(segment -> isWildcard(segment) && !segment.equals(REST) ? ANY : segment).toList();
    }

    /**
     * A path's segments, split outside braces ({@code {p: [a-z]+/[0-9]+}} is one);
     * Spring's capturing {@code {*rest}} and a variable whose pattern may span segments
     * ({@code {x: .*}}, {@code {p: [a-z]+/[0-9]+}}) are {@code **}.
     */
    private static List<String> segments(String path) {
        List<String> segments = new ArrayList<>();
        StringBuilder segment = new StringBuilder();
        int open = 0;
        for (char c : (path + "/").toCharArray()) {
            if (c == '/' && open == 0) {
                if (!segment.isEmpty()) {
                    String text = segment.toString();
                    segments.add(SPANNING.matcher(text).matches() ? REST : text);
                }
                segment.setLength(0);
                continue;
            }
            open += c == '{' ? 1 : c == '}' ? -1 : 0;
            segment.append(c);
        }
        return List.copyOf(segments);
    }

    /** Leaves out a pattern another of the list already takes. */
    private static List<String> outermost(SortedSet<String> patterns) {
        Map<String, List<String>> segmented = new LinkedHashMap<>();
        patterns.forEach(pattern -> segmented.put(pattern, segments(pattern)));
        List<String> kept = new ArrayList<>();
        segmented.forEach((pattern, segments) -> {
            boolean inside = segmented.entrySet()
                .stream()
                .anyMatch(other -> !other.getKey().equals(pattern) && contains(other.getValue(), segments));
            if (!inside) {
                kept.add(pattern);
            }
        });
        return List.copyOf(kept);
    }

    /**
     * Whether every request {@code inner} takes is one {@code outer} ({@code .../**})
     * takes.
     */
    private static boolean contains(List<String> outer, List<String> inner) {
        if (outer.isEmpty() || !outer.get(outer.size() - 1).equals(REST) || inner.size() < outer.size() - 1) {
            return false;
        }
        for (int i = 0; i < outer.size() - 1; i++) {
            boolean any = outer.get(i).equals(ANY) && !inner.get(i).equals(REST);
            if (!any && !outer.get(i).equals(inner.get(i))) {
                return false;
            }
        }
        return true;
    }

}
