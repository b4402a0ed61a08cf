package dev.ficus.analyzer.score;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;

/**
 * The simplest decomposition a user could make: one service per package prefix of a given
 * depth (a type whose package is shallower keeps its whole package). {@link #best} tries
 * every depth against a reference and keeps the one with the highest MoJoFM (then ARI,
 * then the shallower), the baseline a suggestion must beat.
 */
public final class PackageBaseline {

    /** The best depth's decomposition and its scores. */
    public record Best(int depth, Map<String, String> clusterOf, Scorecard scorecard) {
    }

    private PackageBaseline() {
    }

    /** Each type to its package cut after {@code depth} segments. */
    public static Map<String, String> atDepth(Collection<String> types, int depth) {
        Map<String, String> result = new TreeMap<>();
        for (String type : types) {
            int dot = type.lastIndexOf('.');
            String[] segments = (dot < 0 ? "" : type.substring(0, dot)).split("\\.");
            result.put(type, String.join(".", java.util.Arrays.copyOf(segments, Math.min(depth, segments.length))));
        }
        return result;
    }

    public static Best best(Collection<String> types, ReferenceDecomposition reference) {
        int deepest = types.stream().mapToInt(type -> type.split("\\.").length - 1).max().orElse(0);
        Map<String, String> byTopPackage = atDepth(types, 1);
        Best best = new Best(1, byTopPackage, Scorer.score(reference, byTopPackage));
        for (int depth = 2; depth <= deepest; depth++) {
            Map<String, String> clusters = atDepth(types, depth);
            Scorecard card = Scorer.score(reference, clusters);
            if (card.mojoFm() > best.scorecard().mojoFm()
                    || card.mojoFm() == best.scorecard().mojoFm() && card.ari() > best.scorecard().ari()) {
                best = new Best(depth, clusters, card);
            }
        }
        return best;
    }

}
