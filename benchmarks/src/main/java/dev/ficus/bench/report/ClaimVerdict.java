package dev.ficus.bench.report;

import org.jspecify.annotations.Nullable;

import dev.ficus.bench.measure.Spread;

/**
 * What one measured claim found, for the "When it pays" section of the comparison: the
 * shape its figures favour and the sentence that says so with them. The claims' own
 * benchmarks ({@code bench change-cost} and the others) write their reports beside the
 * comparison's and each reads its own into one of these.
 *
 * @param claim the claim, e.g. "a change is local"
 * @param favours the shape the figures favour
 * @param finding one sentence with the figures
 * @param source the report the figures come from, relative to the comparison's folder
 * @param cpuSecondsSavedPerChange CPU-seconds the microservice shape saves on each change
 * (build, test and start of what changed; negative when it costs more), where the claim
 * measures it
 */
public record ClaimVerdict(String claim, Favours favours, String finding, String source,
        @Nullable Double cpuSecondsSavedPerChange) {

    /** A verdict that measures no CPU per change. */
    public ClaimVerdict(String claim, Favours favours, String finding, String source) {
        this(claim, favours, finding, source, null);
    }

    /**
     * Which shape a figure favours where lower is better: the lower median, unless the
     * repeats' min–max ranges overlap, then neither (one repeat's noise is no verdict).
     */
    public static Favours lowerWins(Spread split, Spread monolith) {
        if (split.isEmpty() || monolith.isEmpty() || (split.max() >= monolith.min() && monolith.max() >= split.min())) {
            return Favours.NEITHER;
        }
        return (split.median() < monolith.median()) ? Favours.MICROSERVICES : Favours.MONOLITH;
    }

    /** Which shape came out ahead on a claim. */
    public enum Favours {

        MONOLITH, MICROSERVICES, NEITHER

    }

}
