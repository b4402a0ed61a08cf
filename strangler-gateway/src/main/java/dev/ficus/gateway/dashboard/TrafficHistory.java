package dev.ficus.gateway.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import dev.ficus.gateway.api.RouteSetting;
import dev.ficus.gateway.traffic.TrafficSnapshot;

/**
 * The traffic of every capability sampled once a second: a bounded ring of per-second
 * points covering the last 15 minutes for the history charts, and the last few cumulative
 * snapshots that a sliding window starts from, so that a 10 s window really holds the
 * last 10 s whenever the dashboard asks.
 */
class TrafficHistory {

    /** Length of the window rates are computed over. */
    static final Duration WINDOW_DEFAULT = Duration.ofSeconds(10);

    /** How far back the history charts reach. */
    static final Duration KEEP_DEFAULT = Duration.ofMinutes(15);

    /** Upper bound of points kept per capability, whatever the clock does. */
    static final int MAX_POINTS = (int) (KEEP_DEFAULT.toSeconds() + 60);

    private static final int MAX_SNAPSHOTS = 64;

    private final Map<String, Ring> rings = new HashMap<>();

    /** Adds the capability's cumulative traffic at {@code now}. */
    synchronized void sample(String capability, Instant now, TrafficSnapshot total, RouteSetting setting) {
        Ring ring = rings.computeIfAbsent(capability, name -> new Ring());
        Sample previous = ring.snapshots.peekLast();
        if (previous != null && !now.isAfter(previous.time())) {
            return;
        }
        if (previous != null) {
            double seconds = Duration.between(previous.time(), now).toMillis() / 1000.0;
            ring.points.addLast(HistoryPoint.of(now, total.since(previous.snapshot()), seconds, setting));
        }
        ring.snapshots.addLast(new Sample(now, total));
        Instant keepFrom = now.minus(KEEP_DEFAULT);
        while (!ring.points.isEmpty()
                && (ring.points.size() > MAX_POINTS || !ring.points.peekFirst().at().isAfter(keepFrom))) {
            ring.points.removeFirst();
        }
        // keep every snapshot younger than the window plus the newest one older than it
        Instant cutoff = now.minus(WINDOW_DEFAULT);
        while (ring.snapshots.size() > MAX_SNAPSHOTS || (ring.snapshots.size() > 1 && second(ring).isBefore(cutoff))) {
            ring.snapshots.removeFirst();
        }
    }

    /**
     * The traffic of the last {@link #WINDOW_DEFAULT} (a little more, up to the sample
     * before it; less right after start) up to the live snapshot taken {@code now}.
     */
    synchronized Window window(String capability, Instant now, TrafficSnapshot live) {
        Ring ring = rings.get(capability);
        if (ring == null || ring.snapshots.isEmpty()) {
            return new Window(live, 0);
        }
        Instant cutoff = now.minus(WINDOW_DEFAULT);
        Sample start = ring.snapshots.peekFirst();
        for (Sample sample : ring.snapshots) {
            if (!sample.time().isAfter(cutoff)) {
                start = sample;
            }
        }
        return new Window(live.since(start.snapshot()), Duration.between(start.time(), now).toMillis() / 1000.0);
    }

    /** The capability's per-second points, oldest first. */
    synchronized List<HistoryPoint> points(String capability) {
        Ring ring = rings.get(capability);
        return ring == null ? List.of() : List.copyOf(ring.points);
    }

    private static Instant second(Ring ring) {
        var iterator = ring.snapshots.iterator();
        iterator.next();
        return iterator.next().time();
    }

    /** Traffic over a window and the window's length in seconds. */
    record Window(TrafficSnapshot traffic, double seconds) {
    }

    private record Sample(Instant time, TrafficSnapshot snapshot) {
    }

    private static final class Ring {

        private final Deque<HistoryPoint> points = new ArrayDeque<>();

        private final Deque<Sample> snapshots = new ArrayDeque<>();

    }

}
