package dev.ficus.gateway.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

import dev.ficus.gateway.traffic.TrafficSnapshot;

/**
 * Remembers recent traffic snapshots so rates can be shown over a sliding window of the
 * latest polls.
 */
class TrafficWindow {

    /** Length of the window rates are computed over. */
    static final Duration LENGTH_DEFAULT = Duration.ofSeconds(10);

    private static final int MAX_SAMPLES = 1_000;

    private final Map<String, Deque<Sample>> samples = new HashMap<>();

    /**
     * Adds a snapshot and returns the one the window starts at, or {@code null} if this
     * is the first.
     */
    synchronized Sample slide(String capability, Instant now, TrafficSnapshot snapshot) {
        Deque<Sample> history = samples.computeIfAbsent(capability, name -> new ArrayDeque<>());
        Instant cutoff = now.minus(LENGTH_DEFAULT);
        while (history.size() > 1 && (history.size() >= MAX_SAMPLES || history.peekFirst().time().isBefore(cutoff))) {
            history.removeFirst();
        }
        Sample start = history.peekFirst();
        history.addLast(new Sample(now, snapshot));
        return start;
    }

    record Sample(Instant time, TrafficSnapshot snapshot) {
    }

}
