package dev.ficus.analyzer.boundaries;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Finds the first path words that name an area of the application rather than a feature
 * ({@code /admin/carousels}, {@code /admin/orders}): their paths lie in at least three
 * candidates and go on with different words, and no path ever follows them with an
 * identifier, as paths follow a resource ({@code /owners/{id}/pets}).
 */
final class AreaPrefix {

    /**
     * An area spans much of the application: a word whose paths lie in two candidates
     * only is as likely a feature the clustering cut in two ({@code /demo/table} and
     * {@code /demo/form}), which it still names.
     */
    static final int MIN_CANDIDATES_DEFAULT = 3;

    /** One entry point's path: its module, its cluster and every segment. */
    record Path(String module, int cluster, List<String> segments) {
    }

    private record Word(String module, String word) {
    }

    private AreaPrefix() {
    }

    /** The area prefixes of each module. */
    static Map<String, Set<String>> of(List<Path> paths) {
        Map<Word, Set<Integer>> clusters = new HashMap<>();
        Map<Word, Set<String>> nextWords = new HashMap<>();
        Set<Word> identified = new HashSet<>();
        for (Path path : paths) {
            List<String> segments = path.segments();
            int first = 0;
            while (first < segments.size() && PathWords.noise(segments.get(first))) {
                first++;
            }
            if (first == segments.size()) {
                continue;
            }
            Word word = new Word(path.module(), segments.get(first));
            clusters.computeIfAbsent(word, w -> new HashSet<>()).add(path.cluster());
            if (first + 1 < segments.size() && segments.get(first + 1).startsWith("{")) {
                identified.add(word);
            }
            segments.stream()
                .skip(first + 1L)
                .filter(segment -> !PathWords.noise(segment))
                .findFirst()
                .ifPresent(next -> nextWords.computeIfAbsent(word, w -> new HashSet<>()).add(next));
        }
        Map<String, Set<String>> result = new HashMap<>();
        clusters.forEach((word, in) -> {
            if (in.size() >= MIN_CANDIDATES_DEFAULT && nextWords.getOrDefault(word, Set.of()).size() > 1
                    && !identified.contains(word)) {
                result.computeIfAbsent(word.module(), m -> new HashSet<>()).add(word.word());
            }
        });
        return result;
    }

}
