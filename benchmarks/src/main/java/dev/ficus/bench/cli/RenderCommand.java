package dev.ficus.bench.cli;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import dev.ficus.bench.cli.BenchCommand.UserMistake;
import dev.ficus.bench.report.ReportWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code bench render DIR}: writes {@code summary.md} and {@code report.html} again from the {@code results.json} in
 * DIR, so a change to how results are presented reaches a committed run without measuring again.
 */
@Command(name = "render", mixinStandardHelpOptions = true,
		description = "Write summary.md and report.html again from the results.json of an earlier run.")
final class RenderCommand implements Callable<Integer> {

	@Spec
	CommandLine.Model.CommandSpec spec;

	@Parameters(paramLabel = "DIR", description = "Folder holding results.json (e.g. reports/benchmarks).")
	Path directory;

	@Override
	public Integer call() {
		if (!Files.isRegularFile(directory.resolve(ReportWriter.RESULTS_JSON))) {
			throw new UserMistake("no " + ReportWriter.RESULTS_JSON + " in " + directory);
		}
		try {
			ReportWriter.render(directory).forEach(path -> spec.commandLine().getOut().println("bench: wrote " + path));
			return 0;
		}
		catch (IllegalArgumentException | UncheckedIOException ex) {
			throw new UserMistake(ex.getMessage());
		}
	}
}
