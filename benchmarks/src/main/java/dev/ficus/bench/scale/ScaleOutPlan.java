package dev.ficus.bench.scale;

import java.time.Duration;
import java.util.List;

import dev.ficus.bench.measure.BenchmarkPlan;
import dev.ficus.bench.measure.RunEstimate;
import dev.ficus.bench.scenario.ShopEndpoint;

/**
 * What {@code bench scale-out} measures: the main benchmark's warm-up rule, fixed rate,
 * sweep and SLO, shortened so that the four topologies fit in about 15 minutes, and the
 * share of catalog reads in the load.
 *
 * @param measurement warm-up, fixed rate, sweep and SLO of every repeat
 * @param catalogReadPercent share of catalog reads (browse and product detail) in the
 * load
 */
record ScaleOutPlan(BenchmarkPlan measurement, int catalogReadPercent) {

    static final int CATALOG_READ_PERCENT = 90;

    /** The fixed rate at which CPU seconds per 1,000 requests are compared. */
    static final double FIXED_RATE = 100;

    /**
     * Required by {@link BenchmarkPlan}; never injected, as no target has a fault (the
     * estimate counts its 2 s).
     */
    private static final BenchmarkPlan.BlastPlan NO_FAULT = new BenchmarkPlan.BlastPlan(1, Duration.ofSeconds(1),
            Duration.ZERO);

    /**
     * The committed run: one fresh start per topology (the main benchmark: three); the
     * main benchmark's warm-up rule (10 s windows at 90 % of the CPU, at least 10,000
     * requests, until the CPU per request falls by less than 5 % a window) cut at 70 s
     * instead of 480 s, without its JIT condition (70 s is too short for it); one fixed
     * rate of 100 requests/s for 15 s; then a sweep of 5 s points (the main benchmark: 10
     * s) in steps of 50 to 200 requests/s, extended by half up to 2,250 while the SLO
     * holds. No fault is injected.
     */
    static ScaleOutPlan full() {
        return new ScaleOutPlan(new BenchmarkPlan(1,
                new BenchmarkPlan.Warmup(40, 500, Duration.ofSeconds(10), 10_000, 0.05, 0.9, Duration.ofSeconds(70), 1),
                List.of(FIXED_RATE),
                List.of(150.0, 200.0, 250.0, 300.0, 350.0, 400.0, 450.0, 500.0, 600.0, 700.0, 800.0, 900.0, 1000.0,
                        1200.0, 1500.0),
                Duration.ofSeconds(15), Duration.ofSeconds(5), BenchmarkPlan.Slo.DEFAULT, NO_FAULT, 2250),
                CATALOG_READ_PERCENT);
    }

    /** Seconds per step, one repeat: checks the harness, measures nothing. */
    static ScaleOutPlan quick() {
        BenchmarkPlan quick = BenchmarkPlan.quick();
        return new ScaleOutPlan(new BenchmarkPlan(1, quick.warmUp(), quick.fixedRates(), quick.sweepRates(),
                quick.pointDuration(), quick.sweepPointDuration(), quick.slo(), NO_FAULT), CATALOG_READ_PERCENT);
    }

    /**
     * The load's share of each endpoint: {@link #catalogReadPercent} catalog reads in the
     * shop mix's browse : product detail weights, the rest in its place order : order
     * status weights ({@link dev.ficus.bench.scenario.ShopMix#withCatalogReads}).
     */
    List<ScaleOutReport.EndpointShare> shares() {
        double catalog = catalogReadPercent;
        double rest = 100 - catalog;
        double browse = ShopEndpoint.BROWSE_CATALOG.weightPercent();
        double detail = ShopEndpoint.PRODUCT_DETAIL.weightPercent();
        double order = ShopEndpoint.PLACE_ORDER.weightPercent();
        double status = ShopEndpoint.ORDER_STATUS.weightPercent();
        return List.of(share(ShopEndpoint.BROWSE_CATALOG, catalog * browse / (browse + detail)),
                share(ShopEndpoint.PRODUCT_DETAIL, catalog * detail / (browse + detail)),
                share(ShopEndpoint.PLACE_ORDER, rest * order / (order + status)),
                share(ShopEndpoint.ORDER_STATUS, rest * status / (order + status)));
    }

    private static ScaleOutReport.EndpointShare share(ShopEndpoint endpoint, double percent) {
        return new ScaleOutReport.EndpointShare(endpoint.label(), percent);
    }

    ScaleOutPlan withRepeats(int repeats) {
        return new ScaleOutPlan(measurement.withRepeats(repeats), catalogReadPercent);
    }

    /**
     * Start-up, warm-up and sustained rate expected of the four topologies, from the main
     * benchmark's last idle run (the shop mix) until this command has run once.
     */
    static final List<RunEstimate.Expectation> EXPECTED = List.of(
            new RunEstimate.Expectation(ScaleTargets.ONE_MONOLITH, Duration.ofSeconds(26), Duration.ofSeconds(150),
                    1000),
            new RunEstimate.Expectation(ScaleTargets.TWO_MONOLITHS, Duration.ofSeconds(35), Duration.ofSeconds(150),
                    1000),
            new RunEstimate.Expectation(ScaleTargets.ONE_CATALOG, Duration.ofSeconds(57), Duration.ofSeconds(171), 400),
            new RunEstimate.Expectation(ScaleTargets.TWO_CATALOGS, Duration.ofSeconds(65), Duration.ofSeconds(171),
                    400));

    /**
     * How long the run takes when the topologies start, warm up and break as expected.
     */
    Duration estimate() {
        return RunEstimate.total(measurement, EXPECTED);
    }

}
