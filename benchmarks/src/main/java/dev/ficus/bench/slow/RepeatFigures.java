package dev.ficus.bench.slow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import dev.ficus.bench.load.EndpointStats;
import dev.ficus.bench.load.LoadResult;
import dev.ficus.bench.measure.BlastRadius;
import dev.ficus.bench.measure.BlastRadius.EndpointImpact;
import dev.ficus.bench.scenario.ShopEndpoint;

/**
 * One repeat's figures: each endpoint before the inventory turned slow and while it was,
 * and the same pooled for the endpoints that do not need the inventory and for those that
 * do.
 * <p>
 * The phases' counts split at the start of the generator's time bucket in which the
 * inventory turned slow, as {@link BlastRadius} splits its counts: a request counts as
 * "slow" when it was meant to be sent from then on. Their latencies split at the moment
 * itself, so an answer to a request sent before the slowdown is never taken for one
 * during it.
 *
 * @param splitMillis where the phases split, from the start of the load
 * @param endpoints every endpoint of the mix, by name
 * @param otherBefore endpoints that do not need the inventory, before
 * @param otherSlow the same, while the inventory was slow
 * @param inventoryBefore endpoints that need the inventory (placing an order, reading a
 * stock level), before
 * @param inventorySlow the same, while the inventory was slow
 */
public record RepeatFigures(long splitMillis, List<EndpointFigures> endpoints, PhaseFigures otherBefore,
        PhaseFigures otherSlow, PhaseFigures inventoryBefore, PhaseFigures inventorySlow) {

    /** The endpoints that call the inventory: order placement reserves stock. */
    public static final Set<String> NEEDS_INVENTORY = Set.of(ShopEndpoint.PLACE_ORDER.label(),
            ShopEndpoint.STOCK_LEVEL.label());

    public RepeatFigures {
        endpoints = List.copyOf(endpoints);
    }

    /**
     * Reads a load during which the inventory turned slow {@code slowAtMillis} after it
     * started, with the right answers' latencies from {@code samples}.
     */
    static RepeatFigures of(LoadResult load, List<LatencyLog.Sample> samples, long slowAtMillis) {
        BlastRadius radius = BlastRadius.of("inventory slow", List.of(), load, slowAtMillis);
        List<EndpointFigures> endpoints = new ArrayList<>();
        long split = slowAtMillis;
        for (EndpointStats stats : load.endpoints()) {
            EndpointImpact impact = radius.endpoints()
                .stream()
                .filter(candidate -> candidate.endpoint().equals(stats.endpoint()))
                .findFirst()
                .orElseThrow();
            long bucket = stats.timeline().bucketMillis();
            split = (slowAtMillis / bucket) * bucket;
            endpoints.add(EndpointFigures.of(stats, impact, samples, split, slowAtMillis));
        }
        return new RepeatFigures(split, endpoints, pooled(endpoints, samples, slowAtMillis, false, true),
                pooled(endpoints, samples, slowAtMillis, false, false),
                pooled(endpoints, samples, slowAtMillis, true, true),
                pooled(endpoints, samples, slowAtMillis, true, false));
    }

    private static PhaseFigures pooled(List<EndpointFigures> endpoints, List<LatencyLog.Sample> samples,
            long slowAtMillis, boolean inventory, boolean before) {
        Predicate<String> inGroup = name -> NEEDS_INVENTORY.contains(name) == inventory;
        List<PhaseFigures> phases = endpoints.stream()
            .filter(endpoint -> inGroup.test(endpoint.endpoint()))
            .map(endpoint -> before ? endpoint.before() : endpoint.slow())
            .toList();
        List<Double> latencies = samples.stream()
            .filter(sample -> inGroup.test(sample.endpoint()) && (sample.offsetMillis() < slowAtMillis) == before)
            .map(LatencyLog.Sample::latencyMillis)
            .toList();
        return PhaseFigures.of(phases.stream().mapToLong(PhaseFigures::requests).sum(),
                phases.stream().mapToLong(PhaseFigures::failed).sum(),
                phases.stream().mapToLong(PhaseFigures::wrong).sum(), latencies);
    }

    /**
     * One endpoint before and while the inventory was slow.
     *
     * @param endpoint its name
     * @param needsInventory whether it calls the inventory
     * @param before before the inventory turned slow
     * @param slow while it was
     * @param failingMillis from the slowdown to the end of the last time bucket with a
     * failure or wrong answer (to the end of the load when its last requests still
     * failed); 0 when none failed
     */
    public record EndpointFigures(String endpoint, boolean needsInventory, PhaseFigures before, PhaseFigures slow,
            long failingMillis) {

        static EndpointFigures of(EndpointStats stats, EndpointImpact impact, List<LatencyLog.Sample> samples,
                long split, long slowAtMillis) {
            EndpointStats.Timeline timeline = stats.timeline();
            int splitBucket = (int) (split / timeline.bucketMillis());
            long requests = 0;
            long failed = 0;
            long wrong = 0;
            for (int i = 0; i < Math.min(splitBucket, timeline.ok().size()); i++) {
                requests += timeline.ok().get(i) + timeline.errors().get(i) + timeline.wrong().get(i);
                failed += timeline.errors().get(i);
                wrong += timeline.wrong().get(i);
            }
            List<Double> before = latencies(samples, stats.endpoint(), true, slowAtMillis);
            List<Double> after = latencies(samples, stats.endpoint(), false, slowAtMillis);
            return new EndpointFigures(stats.endpoint(), NEEDS_INVENTORY.contains(stats.endpoint()),
                    PhaseFigures.of(requests, failed, wrong, before), PhaseFigures.of(impact.requestsAfterFault(),
                            impact.failedAfterFault(), impact.wrongAfterFault(), after),
                    impact.failingMillis());
        }

        private static List<Double> latencies(List<LatencyLog.Sample> samples, String endpoint, boolean before,
                long split) {
            return samples.stream()
                .filter(sample -> sample.endpoint().equals(endpoint) && (sample.offsetMillis() < split) == before)
                .map(LatencyLog.Sample::latencyMillis)
                .toList();
        }
    }

}
