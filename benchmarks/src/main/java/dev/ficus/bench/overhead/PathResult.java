package dev.ficus.bench.overhead;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import dev.ficus.bench.load.LatencySummary;

/**
 * What was measured on one path to the backend.
 *
 * @param name {@code direct}, {@code nginx}, {@code stock-scg} or {@code gateway}
 * @param description the path in words
 * @param sent requests sent at the fixed rate
 * @param ok successful answers among them
 * @param errors failed requests among them
 * @param errorKinds the failures by kind, e.g. {@code timeout} or
 * {@code in-flight limit}, in the order of their names so that reports come out the same
 * every time
 * @param latency latency at the fixed rate, from the intended send time (coordinated
 * omission corrected)
 * @param sendLag how late the generator sent; large values mean the generator, not the
 * path, was slow
 * @param saturation maximum throughput by closed-loop saturation
 * @param answeredBody whether the path answered the backend's fixed body byte for byte
 * before it was measured ({@code false} in a report from before this was checked)
 */
public record PathResult(String name, String description, long sent, long ok, long errors, Map<String, Long> errorKinds,
        LatencySummary latency, LatencySummary sendLag, ClosedLoopSaturation.Result saturation, boolean answeredBody) {

    public PathResult {
        errorKinds = Collections.unmodifiableSortedMap(new TreeMap<>(errorKinds));
    }

}
