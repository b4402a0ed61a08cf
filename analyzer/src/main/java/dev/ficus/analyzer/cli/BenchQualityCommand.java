package dev.ficus.analyzer.cli;

import dev.ficus.analyzer.quality.QualityBenchmark;
import dev.ficus.analyzer.quality.QualityReport;
import dev.ficus.analyzer.boundaries.BoundaryOptions;
import dev.ficus.analyzer.source.InvalidInputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ficus bench-quality}: Ficus, the package baseline and published tools against
 * expert truths.
 */
@Command(name = "bench-quality", mixinStandardHelpOptions = true, versionProvider = FicusVersion.class,
        description = { "Analyses each corpus with default options and scores it against its truth, beside the "
                + "package baseline at its best depth and the best published tool; writes analyzer-quality.md/.json.",
                "Sources are fetched by you; name each corpus once with --corpus and --truth." })
class BenchQualityCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--corpus", paramLabel = "NAME=PATH", required = true,
            description = "A codebase to analyse (repeatable).")
    private Map<String, Path> corpora = new LinkedHashMap<>();

    @Option(names = "--truth", paramLabel = "NAME=FILE", required = true,
            description = "Its expert decomposition, RSF or JSON (one per corpus).")
    private Map<String, Path> truths = new LinkedHashMap<>();

    @Option(names = "--origin", paramLabel = "NAME=REPOSITORY@COMMIT",
            description = "Where the corpus's sources come from, written to the report.")
    private Map<String, String> origins = new LinkedHashMap<>();

    @Option(names = "--published", paramLabel = "NAME=DIR",
            description = "Folder of published tools' class_decomposition.rsf files (one sub-folder per tool).")
    private Map<String, Path> published = new LinkedHashMap<>();

    @Option(names = "--seeds", paramLabel = "N", defaultValue = "5",
            description = "Cluster with N seeds (the default one and the next) to show the spread (default: ${DEFAULT-VALUE}).")
    private int seeds;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "Where analyzer-quality.md and .json go (default: ${DEFAULT-VALUE}).")
    private Path out;

    @Override
    public Integer call() {
        for (Map<String, ?> option : List.of(truths, origins, published)) {
            option.keySet().stream().filter(name -> !corpora.containsKey(name)).findFirst().ifPresent(name -> {
                throw new InvalidInputException("'" + name + "' is not a --corpus name");
            });
        }
        if (seeds < 1) {
            throw new InvalidInputException("--seeds must be at least 1, was " + seeds);
        }
        List<QualityBenchmark.App> apps = new ArrayList<>();
        PrintWriter stdout = spec.commandLine().getOut();
        corpora.forEach((name, path) -> {
            Path truth = truths.get(name);
            if (truth == null) {
                throw new InvalidInputException("corpus " + name + " has no --truth " + name + "=FILE");
            }
            QualityBenchmark.App app = QualityBenchmark.measure(
                    new QualityBenchmark.Corpus(name, path, truth, origins.getOrDefault(name, ""), published.get(name)),
                    BoundaryOptions.defaults(), seeds);
            stdout.printf(Locale.ROOT, "%s: MoJoFM %.2f, ARI %.3f; package baseline %.2f / %.3f; best published %s%n",
                    name, app.ficus().mojoFm(), app.ficus().ari(), app.packageBaseline().mojoFm(),
                    app.packageBaseline().ari(),
                    app.bestPublished()
                        .map(p -> String.format(Locale.ROOT, "%.2f (%s)", p.mojoFm(), p.tool()))
                        .orElse("-"));
            stdout.flush();
            apps.add(app);
        });
        // the parse result of a subcommand holds the whole command line, subcommand name
        // included
        String command = "./ficus " + String.join(" ", spec.commandLine().getParseResult().originalArgs());
        List<Path> written = QualityReport.write(new QualityReport.Run(command, gitCommit(), machine(), apps), out);
        stdout.println("wrote " + written.get(0) + " and " + written.get(1));
        return 0;
    }

    private static String machine() {
        return String.format(Locale.ROOT, "%d processors, %s %s, %s %s", Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"), System.getProperty("os.arch"), System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
    }

    private static String gitCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD").redirectErrorStream(true).start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            return git.waitFor(10, TimeUnit.SECONDS) && git.exitValue() == 0 ? output : "unknown";
        }
        catch (IOException e) {
            return "unknown";
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }

}
