package dev.ficus.bench.slow;

import org.jspecify.annotations.Nullable;

/**
 * One fresh start of one shape.
 *
 * @param repeat 1-based
 * @param failure why it could not be measured to its end; empty when it was
 * @param slowAtMillis when the inventory turned slow, from the start of the measured load
 * @param sent requests sent during the measured load
 * @param warmUpRequests requests of the warm-up, not counted
 * @param circuitOpenings times the monolith's circuit to inventory-service opened during
 * the repeat (its log's transitions to {@code OPEN}); {@code null} where the inventory is
 * in-process
 * @param figures the figures; {@code null} when the repeat failed before them
 */
public record SlowRepeat(int repeat, String failure, long slowAtMillis, long sent, long warmUpRequests,
        @Nullable Integer circuitOpenings, @Nullable Boolean circuitDisabled, @Nullable RepeatFigures figures) {

    static SlowRepeat failed(int repeat, String failure) {
        return new SlowRepeat(repeat, failure, 0, 0, 0, null, null, null);
    }

}
