package dev.ficus.gateway.api;

import java.util.List;
import java.util.Set;

/**
 * What shadowing has found for one capability so far.
 *
 * @param compared comparisons completed
 * @param differing comparisons that found a difference
 * @param failed shadow calls that failed or timed out (not counted as differences)
 * @param dropped copies not sent because too many comparisons were running
 * @param noise field paths learned to differ between two monolith answers to the same
 * request
 * @param samples latest differing requests, newest last
 */
public record ShadowReport(long compared, long differing, long failed, long dropped, Set<String> noise,
        List<DiffSample> samples) {

    public double diffRate() {
        return compared == 0 ? 0 : (double) differing / compared;
    }

}
