package dev.ficus.analyzer.score;

import dev.ficus.analyzer.source.InvalidInputException;
import java.util.List;

/**
 * How a proposed decomposition compares with a reference one.
 *
 * @param referenceElements distinct classes the reference lists, ambiguous ones left out
 * @param duplicatedListings classes the reference lists under more than one service (they
 * count under the last)
 * @param common reference classes the proposal places: the set ARI, purity and the
 * matches are computed on
 * @param unplaced reference classes the proposal does not hold, sorted (MoJoFM puts them
 * in one extra cluster)
 * @param ambiguous reference classes whose simple name several proposed types share and
 * the reference lists under several services: left out of every figure
 * @param proposalOnly proposed types the reference does not list (ignored)
 * @param mojoFm MoJoFM in percent, over every reference class
 * @param ari adjusted Rand index over the common classes
 * @param purity purity over the common classes
 * @param matches per proposed cluster, its best reference service with precision and
 * recall
 */
public record Scorecard(int referenceElements, int duplicatedListings, int common, List<String> unplaced,
        List<String> ambiguous, int proposalOnly, double mojoFm, double ari, double purity,
        List<ServiceMatch.Match> matches) {

    public Scorecard {
        unplaced = List.copyOf(unplaced);
        ambiguous = List.copyOf(ambiguous);
        matches = List.copyOf(matches);
    }

    /**
     * This scorecard, when the reference and the proposal share a class; with none in
     * common every figure is meaningless (ARI 1 of nothing): a truth of another codebase,
     * or of another naming, is the user's to fix.
     * @param truth the reference's file, as the user gave it
     * @param proposal what was scored, as the user knows it
     * @throws InvalidInputException when no class is in common
     */
    public Scorecard requireClassesInCommon(Object truth, Object proposal) {
        if (common > 0) {
            return this;
        }
        throw new InvalidInputException("truth " + truth + " has no class in common with " + proposal + ": none of its "
                + referenceElements + " classes" + (unplaced.isEmpty() ? "" : " (e.g. " + unplaced.get(0) + ")")
                + " is an analysed type; is it the truth of another codebase?");
    }

}
