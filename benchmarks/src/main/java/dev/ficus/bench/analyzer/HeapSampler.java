package dev.ficus.bench.analyzer;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Samples the used heap every few milliseconds on a daemon thread and keeps the highest
 * value seen.
 */
final class HeapSampler implements AutoCloseable {

    private static final long INTERVAL_MILLIS = 20;

    private final MemoryMXBean memory = ManagementFactory.getMemoryMXBean();

    private final AtomicLong peak = new AtomicLong();

    private final Thread thread;

    private volatile boolean running = true;

    HeapSampler() {
        this.thread = new Thread(this::sample, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
    }

    long peakBytes() {
        peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
        return peak.get();
    }

    @Override
    public void close() {
        running = false;
        thread.interrupt();
    }

    private void sample() {
        while (running) {
            peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
            try {
                Thread.sleep(INTERVAL_MILLIS);
            }
            catch (InterruptedException e) {
                return;
            }
        }
    }

}
