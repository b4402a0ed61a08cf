package dev.ficus.bench.scenario;

import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * The most recent ids of orders the server confirmed, kept in a fixed-size ring so memory
 * stays bounded.
 */
final class KnownOrders {

    private final AtomicLongArray ids;

    private final AtomicLong added = new AtomicLong();

    KnownOrders(int capacity) {
        this.ids = new AtomicLongArray(capacity);
    }

    void add(long id) {
        long slot = added.getAndIncrement();
        ids.set((int) (slot % ids.length()), id);
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
