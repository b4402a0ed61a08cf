package dev.ficus.bench.measure;

import org.jspecify.annotations.Nullable;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonFormat;

import dev.ficus.bench.load.LoadResult;

/**
 * Everything measured while one fresh start of a topology was under load.
 *
 * @param repeat 1-based repeat number
 * @param startToReadyMillis from launching the first process until the last one was ready
 * @param warmUp how the warm-up went, or {@code null} when the repeat failed before
 * @param fixedRate one result per fixed rate, in plan order
 * @param sweep the fixed-rate verdicts, then the points the sweep measured in ascending
 * rate, up to and including the first one not sustained
 * @param maxSustainableRate highest rate that met the SLO with every lower point too, 0
 * when none did
 * @param processes per-process resources, in start order
 * @param noise other work on the system-under-test CPUs during the measured windows
 * @param blastRadii what each injected fault did, in order; empty when the repeat failed
 * before
 * @param unexpectedExits processes that exited on their own, with exit codes
 * @param failure why the repeat ended early, or empty
 */
public record RepeatResult(int repeat, long startToReadyMillis, @Nullable WarmUpResult warmUp,
        List<LoadResult> fixedRate, List<SweepPoint> sweep, double maxSustainableRate,
        Map<String, ProcessResources> processes, Noise noise,
        // a run from before the rows had one blast radius, "blastRadius"
        @JsonAlias("blastRadius") @JsonFormat(
                with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY) List<BlastRadius> blastRadii,
        Map<String, Integer> unexpectedExits, String failure) {

    public RepeatResult {
        fixedRate = List.copyOf(fixedRate);
        sweep = List.copyOf(sweep);
        blastRadii = (blastRadii == null) ? List.of() : blastRadii.stream().filter(radius -> radius != null).toList();
        processes = Collections.unmodifiableMap(new LinkedHashMap<>(processes));
        unexpectedExits = Collections.unmodifiableMap(new LinkedHashMap<>(unexpectedExits));
    }

    public static RepeatResult failed(int repeat, String failure) {
        return new RepeatResult(repeat, 0, null, List.of(), List.of(), 0, Map.of(), Noise.NOT_MEASURED, List.of(),
                Map.of(), failure);
    }

    public boolean succeeded() {
        return failure.isEmpty();
    }

    /** The blast radius measured for the comparison row {@code row}, if any. */
    public Optional<BlastRadius> blastRadius(String row) {
        return blastRadii.stream().filter(radius -> radius.answers(row)).findFirst();
    }

    /**
     * Whether the sweep never broke the SLO, up to the ceiling: the sustainable rate is
     * then only a lower bound.
     */
    public boolean sustainableRateIsLowerBound() {
        return !sweep.isEmpty() && sweep.stream().allMatch(SweepPoint::sustained);
    }

    public Optional<LoadResult> atRate(double rate) {
        return fixedRate.stream().filter(result -> result.targetRate() == rate).findFirst();
    }

    public long totalPeakRssBytes() {
        return processes.values().stream().mapToLong(ProcessResources::peakRssBytes).sum();
    }

    public double totalCpuSecondsFixedRate() {
        return processes.values().stream().mapToDouble(ProcessResources::cpuSecondsFixedRate).sum();
    }

    /**
     * Other work on the system-under-test CPUs while this repeat measured.
     *
     * @param fixedRate during the fixed-rate points (the window of the CPU seconds
     * compared across topologies)
     * @param sweep during the points the sweep measured
     */
    public record Noise(CpuNoise fixedRate, CpuNoise sweep) {

        public static final Noise NOT_MEASURED = new Noise(CpuNoise.NOT_MEASURED, CpuNoise.NOT_MEASURED);

        public Noise {
            fixedRate = (fixedRate == null) ? CpuNoise.NOT_MEASURED : fixedRate;
            sweep = (sweep == null) ? CpuNoise.NOT_MEASURED : sweep;
        }

        /** Both windows together. */
        public CpuNoise measured() {
            return fixedRate.plus(sweep);
        }

        /**
         * Whether the fixed-rate figures (latencies, errors, CPU seconds) come from
         * disturbed windows.
         */
        public boolean fixedRateDisturbed() {
            return fixedRate.exceedsWarning();
        }

        /**
         * Whether the sustainable rate comes from disturbed windows: it is read off the
         * fixed-rate verdicts and the sweep's points, so either disturbed is enough
         * (their sum would hide a disturbed fixed-rate window behind a quiet sweep).
         */
        public boolean sustainableRateDisturbed() {
            return fixedRate.exceedsWarning() || sweep.exceedsWarning();
        }
    }
}
