package dev.ficus.plan;

import java.util.List;

/**
 * Why a candidate comes at its rank: measured facts, each turned into points, summed from
 * a base of {@link #BASE}. Higher scores are extracted first.
 *
 * @param value the score, rounded to two decimals
 * @param terms one term per fact, in a fixed order
 */
public record ExtractionScore(double value, List<Term> terms) {

    /**
     * The score of a candidate with no coupling, no data, no entry points and no code.
     */
    public static final double BASE = 100.0;

    public ExtractionScore {
        terms = List.copyOf(terms);
    }

    /** Builds a score from its terms. */
    public static ExtractionScore of(List<Term> terms) {
        double sum = BASE + terms.stream().mapToDouble(Term::points).sum();
        return new ExtractionScore(Math.round(sum * 100) / 100.0, terms);
    }

    /**
     * One measured fact and what it adds to the score.
     *
     * @param fact what was measured, e.g. {@code "incoming synchronous calls"}
     * @param value the measured value
     * @param weight points per unit
     * @param points {@code value × weight}, rounded to two decimals
     */
    public record Term(String fact, double value, double weight, double points) {

        public static Term of(String fact, double value, double weight) {
            return new Term(fact, value, weight, Math.round(value * weight * 100) / 100.0);
        }
    }
}
