package dev.ficus.analyzer.boundaries;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.TypeNode;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The word an entry point's path names its feature by: the first meaningful segment
 * ({@code /api/orders/{id}} gives {@code orders}, skipping {@code api}, {@code rest},
 * versions and path variables), unless every path of its module starts with that same
 * word and goes on with different ones ({@code /admin/brand}, {@code /admin/order}): a
 * prefix all of a module's endpoints share names the application, not a feature, and the
 * next word is taken. So does an area prefix ({@code /admin/carousels},
 * {@code /admin/orders} beside {@code /cart}): a first word whose paths lie in several
 * candidates, go on with different words and never with an identifier. A resource word is
 * followed by its identifier somewhere ({@code /owners/{id}/pets}).
 */
final class PathWords {

    private static final Pattern PATH_NOISE = Pattern.compile("api|rest|public|internal|v\\d+|\\{.*}|\\*+|",
            Pattern.CASE_INSENSITIVE);

    /** The shared first word of each module whose paths all start with it. */
    private final Map<String, String> sharedPrefix = new HashMap<>();

    private final CodeGraph code;

    /** The area prefixes of each module. */
    private final Map<String, Set<String>> areaPrefixes;

    PathWords(CodeGraph code, List<? extends Set<String>> clusters) {
        this.code = code;
        Map<String, Integer> clusterOf = new HashMap<>();
        for (int k = 0; k < clusters.size(); k++) {
            for (String type : clusters.get(k)) {
                clusterOf.put(type, k);
            }
        }
        Map<String, Set<String>> firstWords = new HashMap<>();
        Map<String, Set<Integer>> candidates = new HashMap<>();
        for (EntryPoint entryPoint : code.entryPoints()) {
            if (named(entryPoint)) {
                List<String> words = words(entryPoint.detail());
                String module = moduleOf(entryPoint.type());
                if (!words.isEmpty()) {
                    firstWords.computeIfAbsent(module, m -> new HashSet<>()).add(words.get(0));
                    candidates.computeIfAbsent(module, m -> new HashSet<>())
                        .add(clusterOf.getOrDefault(entryPoint.type(), -1));
                }
            }
        }
        firstWords.forEach((module, words) -> {
            if (words.size() == 1 && candidates.getOrDefault(module, Set.of()).size() > 1) {
                sharedPrefix.put(module, words.iterator().next());
            }
        });
        this.areaPrefixes = AreaPrefix.of(code.entryPoints()
            .stream()
            .filter(PathWords::named)
            .map(entryPoint -> new AreaPrefix.Path(moduleOf(entryPoint.type()),
                    clusterOf.getOrDefault(entryPoint.type(), -1), segments(entryPoint.detail())))
            .toList());
    }

    /**
     * Whether a name is a prefix all of some module's paths share: it names an
     * application, so no candidate of it, whatever else suggests it (the package of that
     * module's web layer).
     */
    boolean namesAnApplication(String name) {
        return sharedPrefix.values().stream().map(CandidateNamer::normalise).anyMatch(name::equals);
    }

    /**
     * Whether an entry point's detail is a path, or its handler a feature's, that can
     * name a candidate (not a servlet filter's, which wraps every feature's requests).
     */
    static boolean named(EntryPoint entryPoint) {
        return entryPoint.kind() != EntryPoint.Kind.LISTENER && entryPoint.kind() != EntryPoint.Kind.SCHEDULED
                && entryPoint.kind() != EntryPoint.Kind.MAIN && !entryPoint.filter();
    }

    /** The word naming an entry point's feature, if its detail is a path. */
    Optional<String> word(EntryPoint entryPoint) {
        List<String> words = words(entryPoint.detail());
        String module = moduleOf(entryPoint.type());
        String prefix = sharedPrefix.get(module);
        if (!words.isEmpty() && (words.get(0).equals(prefix)
                || areaPrefixes.getOrDefault(module, Set.of()).contains(words.get(0)))) {
            return words.stream().skip(1).findFirst();
        }
        return words.stream().findFirst();
    }

    /** The meaningful segments of a detail's path, in order; none when it has no path. */
    static List<String> words(String detail) {
        // the case stays: a camel-case segment ({@code /flashSession}) names two words
        return segments(detail).stream().filter(segment -> !PATH_NOISE.matcher(segment).matches()).toList();
    }

    /** Whether a path segment says nothing of a feature (a version, a variable, api). */
    static boolean noise(String segment) {
        return PATH_NOISE.matcher(segment).matches();
    }

    /** Every segment of a detail's path, variables included; none when it has no path. */
    static List<String> segments(String detail) {
        String path = detail.contains(" ") ? detail.substring(detail.lastIndexOf(' ') + 1) : detail;
        if (!path.contains("/")) {
            return List.of();
        }
        return Stream.of(path.split("/")).filter(segment -> !segment.isEmpty()).toList();
    }

    private String moduleOf(String type) {
        TypeNode node = code.types().get(type);
        return node == null ? "" : DeployableModules.moduleOf(node);
    }

}
