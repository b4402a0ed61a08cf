package dev.ficus.bench.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import dev.ficus.analyzer.document.AnalysisDocument;

class AnalyzerBenchmarkUnitTests {

    private static final AnalysisDocument.Stats STATS = new AnalysisDocument.Stats(100, 400_000, 90, 300, 1, 0.0125, 0,
            0);

    @Test
    void dividesEachParseOnlyTimeByTheAnalysisTime() {
        AnalyzerBenchmark.Row row = AnalyzerBenchmark.row("big", new AnalyzerBenchmark.Timed(4, 6),
                new AnalyzerBenchmark.Timed(6, 9), new ChildAnalysis.Measured(16, 30, 1536L << 20, STATS));

        assertThat(row.ratioToBare()).isEqualTo(0.25);
        assertThat(row.ratioToAnalyzerParse()).isEqualTo(0.375);
        assertThat(row.cpuRatioToBare()).isEqualTo(0.2);
        assertThat(row.cpuRatioToAnalyzerParse()).isEqualTo(0.3);
        assertThat(row.analysisCpuMsPerKloc()).isEqualTo(75);
        assertThat(row.peakRssMb()).isEqualTo(1536);
        assertThat(row.loc()).isEqualTo(400_000);
        assertThat(row.unresolvedRatio()).isEqualTo(0.0125);
    }

    @Test
    void judgesTheRatioOnCpuTimeAndTheMemoryOnlyOnALargeCodebase() {
        AnalyzerBenchmark.Row slowOnCpu = AnalyzerBenchmark.row("big", new AnalyzerBenchmark.Timed(10, 6),
                new AnalyzerBenchmark.Timed(10, 9), new ChildAnalysis.Measured(20, 30, 2049L << 20, STATS));
        AnalyzerBenchmark.Row small = AnalyzerBenchmark.row("small", new AnalyzerBenchmark.Timed(1, 1),
                new AnalyzerBenchmark.Timed(1, 1), new ChildAnalysis.Measured(2, 2, 3000L << 20,
                        new AnalysisDocument.Stats(10, 299_999, 10, 10, 0, 0, 0, 0)));

        // wall ratio 0.5 would pass; CPU ratio 0.2 does not
        assertThat(slowOnCpu.meetsRatio()).isFalse();
        assertThat(slowOnCpu.meetsMemory()).isFalse();
        assertThat(small.meetsRatio()).isTrue();
        assertThat(small.meetsMemory()).isTrue();
    }

}
