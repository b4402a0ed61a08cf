package dev.ficus.bench.scenario;

import org.jspecify.annotations.Nullable;
import java.util.Map;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The most recent ids of orders the server confirmed, with what was placed under each,
 * kept in a fixed-size ring so memory stays bounded.
 */
final class KnownOrders {

    private final AtomicLongArray ids;

    private final AtomicLong added = new AtomicLong();

    private final Map<Long, ShopTruth.PlacedOrder> placed = new ConcurrentHashMap<>();

    KnownOrders(int capacity) {
        this.ids = new AtomicLongArray(capacity);
    }

    void add(long id) {
        add(id, null);
    }

    /** Remembers an order and what was placed; the oldest one is forgotten when full. */
    void add(long id, ShopTruth.@Nullable PlacedOrder order) {
        if (order != null) {
            placed.put(id, order);
        }
        long slot = added.getAndIncrement();
        long evicted = ids.getAndSet((int) (slot % ids.length()), id);
        if (evicted > 0 && evicted != id) {
            placed.remove(evicted);
        }
    }

    /** What was placed under a remembered order id, or {@code null}. */
    ShopTruth.@Nullable PlacedOrder placed(long id) {
        return placed.get(id);
    }

    /**
     * A uniformly chosen remembered id, or empty before the first order was confirmed.
     */
    OptionalLong pick(SplittableRandom random) {
        long filled = Math.min(added.get(), ids.length());
        if (filled == 0) {
            return OptionalLong.empty();
        }
        long id = ids.get(random.nextInt((int) filled));
        // A slot can be claimed but not yet written by a concurrent add; it then still
        // holds 0.
        return (id > 0) ? OptionalLong.of(id) : OptionalLong.empty();
    }

    long size() {
        return Math.min(added.get(), ids.length());
    }

}
