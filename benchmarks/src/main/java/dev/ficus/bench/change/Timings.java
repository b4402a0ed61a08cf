package dev.ficus.bench.change;

import java.util.List;

import dev.ficus.bench.measure.Spread;

/**
 * The times of one thing done several times: wall and CPU, one entry per successful try.
 *
 * @param millis wall time of each try
 * @param cpuSeconds CPU time of each try, the processes it forked included
 */
public record Timings(List<Long> millis, List<Double> cpuSeconds) {

    public Timings {
        millis = List.copyOf(millis);
        cpuSeconds = List.copyOf(cpuSeconds);
    }

    public Spread seconds() {
        return Spread.of(millis.stream().map(value -> value / 1000.0).toList());
    }

    public Spread cpu() {
        return Spread.of(cpuSeconds);
    }

}
