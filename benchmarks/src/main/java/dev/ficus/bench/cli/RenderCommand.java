package dev.ficus.bench.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import dev.ficus.bench.analyzer.PerformanceReport;
import dev.ficus.bench.cli.BenchCommand.UserMistake;
import dev.ficus.bench.overhead.GatewayOverheadCommand;
import dev.ficus.bench.report.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench render DIR}: writes the reports again from the result JSON files in DIR
 * ({@code results.json}, {@code gateway-overhead.json},
 * {@code analyzer-performance.json}), so a change to how results are presented reaches a
 * committed run without measuring again.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = { "Write the reports again from the result JSON files of earlier runs in DIR:",
                "results.json -> summary.md and report.html, gateway-overhead.json -> gateway-overhead.md, "
                        + "analyzer-performance.json -> analyzer-performance.md." })
final class RenderCommand implements Callable<Integer> {

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DIR",
            description = "Folder holding result JSON files (e.g. reports/benchmarks or reports).")
    Path directory;

    @Override
    public Integer call() {
        boolean benchmark = Files.isRegularFile(directory.resolve(ReportWriter.RESULTS_JSON));
        boolean overhead = Files.isRegularFile(directory.resolve(GatewayOverheadCommand.JSON_FILE));
        boolean analyzer = Files.isRegularFile(directory.resolve(PerformanceReport.JSON_FILE));
        if (!benchmark && !overhead && !analyzer) {
            throw new UserMistake("no " + ReportWriter.RESULTS_JSON + ", " + GatewayOverheadCommand.JSON_FILE + " or "
                    + PerformanceReport.JSON_FILE + " in " + directory);
        }
        try {
            List<Path> written = new ArrayList<>();
            if (benchmark) {
                written.addAll(ReportWriter.render(directory, ClaimReports.read(directory)));
            }
            if (overhead) {
                written.add(GatewayOverheadCommand.render(directory));
            }
            if (analyzer) {
                written.add(PerformanceReport.render(directory));
            }
            written.forEach(path -> spec.commandLine().getOut().println("bench: wrote " + path));
            return 0;
        }
        catch (IllegalArgumentException | UncheckedIOException ex) {
            throw new UserMistake(String.valueOf(ex.getMessage()));
        }
    }

}
