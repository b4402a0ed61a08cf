package dev.ficus.bench.analyzer;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;

import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.document.AnalysisDocuments;
import dev.ficus.bench.topology.ProcFs;
import dev.ficus.bench.topology.ProcessUsage;

/**
 * Runs {@code ficus analyze CODEBASE} as a child JVM with the launcher's options and
 * reads its CPU time and peak resident set ({@code VmHWM}) from {@code /proc} while it
 * runs: the cost a user pays, JVM start and JIT included, not a heap sample.
 */
final class ChildAnalysis {

    private static final long POLL_MILLIS = 50;

    private static final String MAIN = "dev.ficus.analyzer.cli.FicusCommand";

    private final List<String> jvmOptions;

    private final String classpath;

    private final ProcFs proc = new ProcFs();

    ChildAnalysis(List<String> jvmOptions, String classpath) {
        this.jvmOptions = List.copyOf(jvmOptions);
        this.classpath = classpath;
    }

    /**
     * The analyzer CLI jar {@code ./ficus} runs when the checkout has built it, else this
     * JVM's own classpath (which holds the same analyzer classes).
     */
    static String classpath(Path checkout) {
        Path cliJar = checkout.resolve("analyzer/target/ficus-cli.jar");
        return Files.isRegularFile(cliJar) ? cliJar.toString() : System.getProperty("java.class.path");
    }

    /**
     * What one child run cost.
     *
     * @param peakRssBytes the child's {@code VmHWM} at the last sample before it ended
     */
    record Measured(double wallSeconds, double cpuSeconds, long peakRssBytes, AnalysisDocument.Stats stats) {
    }

    /** The command line of the child, for the record. */
    List<String> command(Path codebase, Path out) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", classpath, MAIN, "analyze", codebase.toString(), "--out", out.toString()));
        return command;
    }

    Measured analyse(Path codebase) {
        @Nullable Path out = null;
        try {
            out = Files.createTempDirectory("ficus-bench-analyze-");
            Path log = out.resolve("analyze.log");
            long start = System.nanoTime();
            Process process = new ProcessBuilder(command(codebase, out.resolve("report"))).redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
            double sampledCpuSeconds = 0;
            long peakRssBytes = 0;
            while (!process.waitFor(POLL_MILLIS, TimeUnit.MILLISECONDS)) {
                // maxima, since an exited child not yet reaped has a stat but no memory
                // left in its status
                Optional<ProcessUsage> usage = proc.usage(process.pid());
                if (usage.isPresent()) {
                    sampledCpuSeconds = Math.max(sampledCpuSeconds, usage.get().cpuSeconds());
                    peakRssBytes = Math.max(peakRssBytes, usage.get().peakRssBytes());
                }
            }
            double wallSeconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = process.info()
                .totalCpuDuration()
                .map(duration -> duration.toNanos() / 1e9)
                .orElse(sampledCpuSeconds);
            if (process.exitValue() != 0) {
                throw new IllegalStateException("ficus analyze " + codebase + " exited with " + process.exitValue()
                        + ": " + Files.readString(log).strip());
            }
            AnalysisDocument document = AnalysisDocuments.read(out.resolve("report").resolve("analysis.json"));
            return new Measured(wallSeconds, Math.max(cpuSeconds, sampledCpuSeconds), peakRssBytes, document.stats());
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while analysing " + codebase, e);
        }
        finally {
            deleteQuietly(out);
        }
    }

    private static void deleteQuietly(@Nullable Path folder) {
        if (folder == null) {
            return;
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
        catch (IOException e) {
            // a scratch folder left in the temp directory is harmless
        }
    }

}
