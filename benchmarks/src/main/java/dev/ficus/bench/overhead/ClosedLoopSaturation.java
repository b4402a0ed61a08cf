package dev.ficus.bench.overhead;

import java.time.Duration;

import dev.ficus.bench.load.LatencySummary;
import dev.ficus.bench.load.LoopbackTarget;

/**
 * Maximum throughput by closed-loop saturation: a fixed number of kept-alive connections,
 * each sending its next request as soon as the previous answer arrived, for a fixed time
 * ({@link NettyHttpLoad#closedLoop}). The completed requests per second are what the path
 * sustains with that much concurrency; latency here is service time under saturation, not
 * user latency.
 */
final class ClosedLoopSaturation {

    private final int connections;

    private final Duration duration;

    ClosedLoopSaturation(int connections, Duration duration) {
        this.connections = connections;
        this.duration = duration;
    }

    /**
     * What one saturation run measured.
     *
     * @param connections requests kept in flight at once
     * @param seconds measured time
     * @param completed successful (2xx) answers
     * @param errors failed requests and non-2xx answers
     * @param throughput completed answers per second
     * @param latency service time of the successful answers
     * @param generatorCpu CPU time of the generator process over the measured time, in
     * CPUs (0 in a report from before it was recorded): well below the CPUs the generator
     * may use means it was not what limited the path
     */
    record Result(int connections, double seconds, long completed, long errors, double throughput,
            LatencySummary latency, double generatorCpu) {
    }

    Result run(LoopbackTarget target, String path) {
        NettyHttpLoad.Figures figures = NettyHttpLoad.closedLoop(connections, duration).run(target, path);
        return new Result(connections, figures.seconds(), figures.ok(), figures.errors(),
                figures.ok() / figures.seconds(), figures.latency(), figures.generatorCpu());
    }

}
