package dev.ficus.analyzer.cli;

import dev.ficus.analyzer.Analyzer;
import dev.ficus.analyzer.AnalyzerOptions;
import dev.ficus.analyzer.boundaries.BoundaryOptions;
import dev.ficus.analyzer.boundaries.LouvainClustering;
import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.report.ReportFormat;
import dev.ficus.analyzer.report.ReportWriter;
import dev.ficus.analyzer.source.SourceRequest;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code ficus analyze PATH}: suggests candidate services for a Java codebase and writes
 * the reports.
 */
@Command(name = "analyze", mixinStandardHelpOptions = true, versionProvider = FicusVersion.class,
        description = { "Suggests candidate services for the Java sources under PATH.",
                "Writes analysis.json, report.html, summary.md and graph.dot to the output folder." })
class AnalyzeCommand implements Callable<Integer> {

    /**
     * Class names that usually mean a request or message handler in some web or messaging
     * framework.
     */
    private static final Pattern HANDLER_NAME = Pattern
        .compile(".*(Controller|Action|ActionBean|Servlet|Resource|Endpoint|Handler|Listener|Page|Bean)");

    private static final int HANDLERS_LISTED = 10;

    @Spec
    private CommandSpec spec;

    @Parameters(paramLabel = "PATH", description = "A folder with Java sources anywhere below it, or one source root.")
    private Path path;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "ficus-out",
            description = "Folder for the reports (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Option(names = "--services", paramLabel = "N", description = "Steer toward N candidate services.")
    private Integer services;

    @Option(names = "--resolution", paramLabel = "R", defaultValue = "" + LouvainClustering.RESOLUTION_DEFAULT,
            description = "Modularity resolution: larger gives more, smaller services (default: ${DEFAULT-VALUE}).")
    private double resolution;

    @Option(names = "--include-tests", description = "Also read src/test/java-style source roots.")
    private boolean includeTests;

    @Option(names = "--exclude", paramLabel = "GLOB",
            description = "Skip files matching this glob, relative to PATH (repeatable), e.g. '**/generated/**'.")
    private List<String> excludes = new ArrayList<>();

    @Option(names = "--classpath", paramLabel = "CP",
            description = "Jars to resolve library types against, separated by the path separator (':' or ';').")
    private String classpath;

    @Option(names = "--format", paramLabel = "FORMAT", split = ",", defaultValue = "json,html,md,dot",
            description = "Which reports to write: json, html, md, dot (default: ${DEFAULT-VALUE}).")
    private List<String> formats;

    @Option(names = { "-q", "--quiet" }, description = "No progress on stderr.")
    private boolean quiet;

    @Option(names = "--strict", description = "Exit with code 1 when a file did not parse (the reports are written).")
    private boolean strict;

    @Override
    public Integer call() {
        BoundaryOptions options = boundaryOptions();
        Set<ReportFormat> reports = reportFormats();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a file, not a folder");
        }
        SourceRequest request = new SourceRequest(path, includeTests, excludes, classpathEntries());
        AnalysisDocument analysis = Analyzer.of(new AnalyzerOptions(request, path.toString(), options))
            .analyze(TerminalProgress.of(spec.commandLine().getErr(), quiet))
            .document();
        List<Path> written = ReportWriter.write(analysis, out, reports);
        spec.commandLine()
            .getOut()
            .printf("%d candidate services, %d shared-kernel types; wrote %s%n", analysis.services().size(),
                    analysis.sharedKernel().types().size(),
                    String.join(", ", written.stream().map(Path::toString).toList()));
        reportMissingEntryPoints(analysis);
        return reportParseErrors(analysis);
    }

    /**
     * Without entry points nothing says what each candidate serves (and the plan has no
     * traffic to move): say so, with the classes whose names look like handlers of a
     * framework Ficus does not read yet.
     */
    private void reportMissingEntryPoints(AnalysisDocument analysis) {
        boolean none = analysis.types().stream().allMatch(type -> type.evidence().entryPoints().isEmpty());
        if (!none || analysis.types().isEmpty()) {
            return;
        }
        List<String> handlers = analysis.types()
            .stream()
            .map(AnalysisDocument.TypeInfo::name)
            .filter(name -> HANDLER_NAME.matcher(name.substring(name.lastIndexOf('.') + 1)).matches())
            .toList();
        String shown = String.join(", ",
                handlers.stream()
                    .limit(HANDLERS_LISTED)
                    .map(name -> name.substring(name.lastIndexOf('.') + 1))
                    .toList())
                + (handlers.size() > HANDLERS_LISTED ? " and " + (handlers.size() - HANDLERS_LISTED) + " more" : "");
        spec.commandLine()
            .getErr()
            .println("no entry points found (no HTTP handler, listener, job or main)"
                    + (handlers.isEmpty() ? "" : "; classes that look like handlers: " + shown));
    }

    /**
     * Parse errors are not fatal (the rest is analysed), but never silent;
     * {@code --strict} makes them fail.
     */
    private int reportParseErrors(AnalysisDocument analysis) {
        long parseErrors = analysis.stats().parseErrors();
        if (parseErrors == 0) {
            return 0;
        }
        Set<ReportFormat> written = reportFormats();
        String where = written.contains(ReportFormat.MD) ? "summary.md"
                : written.contains(ReportFormat.JSON) ? "analysis.json" : "--format md";
        spec.commandLine()
            .getErr()
            .printf("%d file%s did not parse (see %s)%n", parseErrors, parseErrors == 1 ? "" : "s", where);
        return strict ? 1 : 0;
    }

    private BoundaryOptions boundaryOptions() {
        if (!(resolution > 0) || Double.isInfinite(resolution)) {
            throw new ParameterException(spec.commandLine(),
                    "--resolution must be a positive number, was " + resolution);
        }
        if (services != null && services < 1) {
            throw new ParameterException(spec.commandLine(), "--services must be at least 1, was " + services);
        }
        return new BoundaryOptions(resolution, services == null ? OptionalInt.empty() : OptionalInt.of(services),
                LouvainClustering.SEED_DEFAULT);
    }

    private Set<ReportFormat> reportFormats() {
        Set<ReportFormat> result = EnumSet.noneOf(ReportFormat.class);
        for (String name : formats) {
            try {
                result.add(ReportFormat.named(name));
            }
            catch (IllegalArgumentException e) {
                throw new ParameterException(spec.commandLine(), "--format: " + e.getMessage());
            }
        }
        return result;
    }

    private List<Path> classpathEntries() {
        if (classpath == null || classpath.isBlank()) {
            return List.of();
        }
        return Stream.of(classpath.split(File.pathSeparator)).filter(entry -> !entry.isBlank()).map(Path::of).toList();
    }

}
