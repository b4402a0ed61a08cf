package dev.ficus.gateway.shadow;

import dev.ficus.gateway.api.FieldDiff;
import dev.ficus.gateway.api.DiffSample;
import dev.ficus.gateway.api.ShadowReport;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.LongAdder;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Counts, learned noise and latest samples of one capability's shadow comparisons.
 */
class ShadowResults {

    /**
     * Noise paths learned per capability at most, so a pathological API cannot grow
     * memory without bound.
     */
    static final int NOISE_CAPACITY_DEFAULT = 1_000;

    private final LongAdder compared = new LongAdder();

    private final LongAdder differing = new LongAdder();

    private final LongAdder failed = new LongAdder();

    private final LongAdder dropped = new LongAdder();

    private final Set<String> noise = new ConcurrentSkipListSet<>();

    private final Deque<DiffSample> samples = new ArrayDeque<>();

    private final int sampleCapacity;

    private final Counter matchCounter;

    private final Counter diffCounter;

    private final Counter failedCounter;

    ShadowResults(MeterRegistry registry, String capability, int sampleCapacity) {
        this.sampleCapacity = sampleCapacity;
        this.matchCounter = counter(registry, capability, "match");
        this.diffCounter = counter(registry, capability, "diff");
        this.failedCounter = counter(registry, capability, "failed");
    }

    private static Counter counter(MeterRegistry registry, String capability, String result) {
        return Counter.builder("ficus.gateway.shadow.comparisons")
            .description("Shadow comparisons per capability and result")
            .tag("capability", capability)
            .tag("result", result)
            .register(registry);
    }

    void learnNoise(List<FieldDiff> diffs) {
        diffs.stream()
            .limit(Math.max(0, NOISE_CAPACITY_DEFAULT - noise.size()))
            .map(FieldDiff::path)
            .forEach(noise::add);
    }

    boolean isNoise(String path) {
        return noise.contains(path);
    }

    void matched() {
        compared.increment();
        matchCounter.increment();
    }

    void differed(DiffSample sample) {
        compared.increment();
        differing.increment();
        diffCounter.increment();
        synchronized (samples) {
            samples.addLast(sample);
            while (samples.size() > sampleCapacity) {
                samples.removeFirst();
            }
        }
    }

    void failed() {
        failed.increment();
        failedCounter.increment();
    }

    void dropped() {
        dropped.increment();
    }

    /**
     * Starts the counts and samples afresh (learned noise stays), e.g. once the service
     * was fixed; answers what they were.
     */
    ShadowReport reset() {
        List<DiffSample> cleared;
        synchronized (samples) {
            cleared = List.copyOf(samples);
            samples.clear();
        }
        return new ShadowReport(compared.sumThenReset(), differing.sumThenReset(), failed.sumThenReset(),
                dropped.sumThenReset(), new TreeSet<>(noise), cleared);
    }

    ShadowReport report() {
        List<DiffSample> latest;
        synchronized (samples) {
            latest = List.copyOf(samples);
        }
        return new ShadowReport(compared.sum(), differing.sum(), failed.sum(), dropped.sum(), new TreeSet<>(noise),
                latest);
    }

}
