package dev.ficus.demo;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The gateway's {@code GET /admin/shadow/{capability}} as the demo reads it (unknown
 * fields ignored).
 *
 * @param compared comparisons completed
 * @param differing comparisons that found a difference
 * @param failed shadow calls that failed or timed out
 * @param dropped copies not sent because too many comparisons were running
 * @param samples the latest differing requests
 */
record ShadowFindings(long compared, long differing, long failed, long dropped, List<JsonNode> samples) {

    ShadowFindings {
        samples = (samples == null) ? List.of() : List.copyOf(samples);
    }

    long settled() {
        return compared + failed + dropped;
    }

    double diffRate() {
        return (compared == 0) ? 0 : (double) differing / compared;
    }

}
