package dev.ficus.analyzer.quality;

import dev.ficus.analyzer.quality.QualityBenchmark.App;
import dev.ficus.analyzer.work.AtomicFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes {@code analyzer-quality.md} and {@code .json}: one row per codebase, with how
 * they were made.
 */
public final class QualityReport {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    /**
     * Where and how the run happened.
     *
     * @param command the command line as typed
     * @param gitCommit the Ficus commit measured
     * @param machine processor count, OS and JVM
     */
    public record Run(String command, String gitCommit, String machine, List<App> apps) {
    }

    private QualityReport() {
    }

    /**
     * Writes both files into {@code folder} (each to a temporary file first, then
     * renamed).
     */
    public static List<Path> write(Run run, Path folder) {
        Path markdown = folder.resolve("analyzer-quality.md");
        Path json = folder.resolve("analyzer-quality.json");
        write(markdown, markdown(run));
        write(json, JSON.writeValueAsString(json(run)) + "\n");
        return List.of(markdown, json);
    }

    static Map<String, Object> json(Run run) {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("benchmark", "analyzer-quality");
        document.put("command", run.command());
        document.put("gitCommit", run.gitCommit());
        document.put("machine", run.machine());
        document.put("apps", run.apps().stream().map(QualityReport::app).toList());
        return document;
    }

    private static Map<String, Object> app(App app) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("name", app.name());
        row.put("repository", app.repository());
        row.put("commit", app.commit());
        row.put("loc", app.loc());
        row.put("types", app.types());
        row.put("referenceClasses", app.ficus().referenceElements());
        row.put("commonClasses", app.ficus().common());
        row.put("ambiguousClasses", app.ficus().ambiguous());
        row.put("services", app.services());
        row.put("kernelTypes", app.kernelTypes());
        row.put("platformTypes", app.platformTypes());
        row.put("mojofm", app.ficus().mojoFm());
        row.put("ari", round(app.ficus().ari()));
        row.put("purity", round(app.ficus().purity()));
        row.put("sm", round(app.sm()));
        row.put("icp", round(app.icp()));
        row.put("ned", round(app.ned()));
        row.put("packageBaselineDepth", app.packageBaselineDepth());
        row.put("packageBaselineMojofm", app.packageBaseline().mojoFm());
        row.put("packageBaselineAri", round(app.packageBaseline().ari()));
        row.put("expertWithKernelMojofm", app.expertWithKernel().mojoFm());
        row.put("expertWithKernelAri", round(app.expertWithKernel().ari()));
        row.put("bestPublishedMojofm", app.bestPublished().map(QualityBenchmark.Published::mojoFm).orElse(null));
        row.put("bestPublishedTool",
                app.bestPublished().map(p -> p.tool() + (p.variant().isEmpty() ? "" : " " + p.variant())).orElse(null));
        row.put("seeds", app.seeds().seeds());
        row.put("mojofmOverSeeds", List.of(app.seeds().minMojoFm(), app.seeds().maxMojoFm()));
        row.put("ariOverSeeds", List.of(round(app.seeds().minAri()), round(app.seeds().maxAri())));
        row.put("meetsGoal", meetsGoal(app));
        return row;
    }

    /**
     * MoJoFM at least the best published tool's and the package baseline's, and ARI at
     * least 0.8.
     */
    static boolean meetsGoal(App app) {
        double published = app.bestPublished().map(QualityBenchmark.Published::mojoFm).orElse(0.0);
        return app.ficus().mojoFm() >= published && app.ficus().mojoFm() >= app.packageBaseline().mojoFm()
                && app.ficus().ari() >= 0.8;
    }

    static String markdown(Run run) {
        StringBuilder text = new StringBuilder();
        text.append("# Analyzer quality against expert decompositions\n\n")
            .append("`ficus analyze` with default options, scored by `ficus score` against each app's expert ")
            .append("ground truth (class level, simple class names, the shared kernel and the platform counted as one cluster ")
            .append("each). ")
            .append("MoJoFM follows the MoJo tool as the ASE 2024 tool comparison (Wang, Bornais, Rubin; ")
            .append("artifact `wyw121/artifact`) ran it: a class listed under several services counts under the ")
            .append("last, every listing counts toward the maximum distance, a truth class the analysis does not ")
            .append("place goes to one extra cluster. A simple name several analysed types share is matched to ")
            .append("the one placed among the truth's other classes; when the truth also lists it under several ")
            .append("services (two deployables with an `Account` each) it cannot say which is which, and it is left ")
            .append("out of every figure (counted after the common classes). ARI is over the classes both hold. ")
            .append("The package baseline ")
            .append("puts each class in its package cut at the depth that scores best. The best published ")
            .append("figure is recomputed from the tools' stored decompositions, leaving out tools that need ")
            .append("runtime logs (")
            .append(String.join(", ", QualityBenchmark.RUNTIME_TOOLS_DEFAULT.stream().sorted().toList()))
            .append(").\n\n");
        text.append("| app | commit | LOC | types | truth classes (common) | services + kernel + platform | ")
            .append("Ficus MoJoFM | Ficus ARI | over seeds: MoJoFM / ARI | SM | ICP | NED | ")
            .append("package baseline (depth): MoJoFM / ARI | expert with a kernel: MoJoFM / ARI | best published MoJoFM ")
            .append("| goal met |\n")
            .append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- | --- | --- ")
            .append("| --- |\n");
        for (App app : run.apps()) {
            text.append(String.format(Locale.ROOT,
                    "| %s | %s | %,d | %d | %d (%d)%s | %d + %d + %d | %.2f | %.3f | %.2f–%.2f / %.3f–%.3f | %.3f "
                            + "| %.3f | %.3f | (%d) %.2f / %.3f | %.2f / %.3f | %s | %s |%n",
                    app.name(), app.commit().length() > 8 ? app.commit().substring(0, 8) : app.commit(), app.loc(),
                    app.types(), app.ficus().referenceElements(), app.ficus().common(),
                    app.ficus().ambiguous().isEmpty() ? ""
                            : String.format(Locale.ROOT, ", %d ambiguous left out", app.ficus().ambiguous().size()),
                    app.services(), app.kernelTypes(), app.platformTypes(), app.ficus().mojoFm(), app.ficus().ari(),
                    app.seeds().minMojoFm(), app.seeds().maxMojoFm(), app.seeds().minAri(), app.seeds().maxAri(),
                    app.sm(), app.icp(), app.ned(), app.packageBaselineDepth(), app.packageBaseline().mojoFm(),
                    app.packageBaseline().ari(), app.expertWithKernel().mojoFm(), app.expertWithKernel().ari(),
                    app.bestPublished()
                        .map(p -> String.format(Locale.ROOT, "%.2f (%s)", p.mojoFm(), p.tool()))
                        .orElse("–"),
                    meetsGoal(app) ? "yes" : "no"));
        }
        text.append("\nGoal per app: MoJoFM at least the best published tool's and the package baseline's, and ARI ")
            .append("at least 0.8. The seed spread clusters the same graph with ")
            .append(run.apps().isEmpty() ? 1 : run.apps().get(0).seeds().seeds())
            .append(" seeds (the default and the next ones); the main columns are the default seed's.\n\n")
            .append("The expert with a kernel is the truth itself with every class it lists under several services ")
            .append("moved to one shared kernel, scored against the truth: a tool that agrees with the architect on ")
            .append("every class and keeps the classes the architect shares in a kernel scores this, no more, because ")
            .append("the truth counts a shared class under whichever service it lists last. Where its ARI is below ")
            .append("0.8, the ARI goal cannot be met with a shared kernel.\n\nSources:\n\n");
        for (App app : run.apps()) {
            text.append("- ")
                .append(app.name())
                .append(": ")
                .append(app.repository().isEmpty() ? "(local)" : app.repository())
                .append(app.commit().isEmpty() ? "" : " @ " + app.commit())
                .append('\n');
        }
        text.append("\nCommand (Ficus ")
            .append(run.gitCommit())
            .append(", ")
            .append(run.machine())
            .append("):\n\n")
            .append("```\n")
            .append(run.command())
            .append("\n```\n");
        return text.toString();
    }

    private static double round(double value) {
        return Math.round(value * 10000) / 10000.0;
    }

    private static void write(Path file, String text) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            AtomicFiles.write(file, text);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
