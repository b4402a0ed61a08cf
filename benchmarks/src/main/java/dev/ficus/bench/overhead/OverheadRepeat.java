package dev.ficus.bench.overhead;

import java.util.List;

/**
 * One repeat of the overhead benchmark: fresh processes, every path warmed up and
 * saturated in turn, then every path measured at the same fixed rate.
 *
 * @param number 1 for the first repeat
 * @param rate the open-model rate of this repeat's latency measurement, requests/s
 * @param paths direct, nginx, stock SCG and gateway, in the order they were measured
 * @param added what each proxy adds to the direct path at the fixed rate
 * @param ratios the gateway's maximum throughput against the reference proxies, and the
 * generator's headroom
 */
public record OverheadRepeat(int number, double rate, List<PathResult> paths, List<OverheadReport.Added> added,
        Ratios ratios) {

    public OverheadRepeat {
        paths = List.copyOf(paths);
        added = List.copyOf(added);
    }

    /**
     * Ratios of maximum throughput within one repeat.
     *
     * @param gatewayToStockScg the gateway's over stock Spring Cloud Gateway's
     * @param gatewayToNginx the gateway's over nginx's
     * @param directToFastestProxy the direct path's over the fastest proxy's: how far the
     * generator and the backend are from capping the proxies
     */
    public record Ratios(double gatewayToStockScg, double gatewayToNginx, double directToFastestProxy) {

        static Ratios of(List<PathResult> paths) {
            double gateway = max(paths, OverheadBenchmark.GATEWAY);
            double stock = max(paths, OverheadBenchmark.STOCK_SCG);
            double nginx = max(paths, OverheadBenchmark.NGINX);
            double fastest = Math.max(gateway, Math.max(stock, nginx));
            return new Ratios(gateway / stock, gateway / nginx, max(paths, OverheadBenchmark.DIRECT) / fastest);
        }

        private static double max(List<PathResult> paths, String name) {
            return OverheadReport.path(paths, name)
                .orElseThrow(() -> new IllegalArgumentException("no path " + name))
                .saturation()
                .throughput();
        }

    }

    static OverheadRepeat of(int number, double rate, List<PathResult> paths) {
        return new OverheadRepeat(number, rate, paths, OverheadReport.added(paths), Ratios.of(paths));
    }

}
