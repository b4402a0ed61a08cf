package dev.ficus.analyzer.quality;

import dev.ficus.analyzer.Analysis;
import dev.ficus.analyzer.Analyzer;
import dev.ficus.analyzer.AnalyzerOptions;
import dev.ficus.analyzer.boundaries.BoundaryOptions;
import dev.ficus.analyzer.boundaries.BoundarySuggester;
import dev.ficus.analyzer.boundaries.CandidateService;
import dev.ficus.analyzer.boundaries.Decomposition;
import dev.ficus.analyzer.score.MoJoFm;
import dev.ficus.analyzer.score.PackageBaseline;
import dev.ficus.analyzer.score.ProposedDecomposition;
import dev.ficus.analyzer.score.ReferenceDecomposition;
import dev.ficus.analyzer.score.ReferenceReader;
import dev.ficus.analyzer.score.Scorecard;
import dev.ficus.analyzer.score.Scorer;
import dev.ficus.analyzer.source.InvalidInputException;
import dev.ficus.analyzer.work.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Measures how close the suggested services come to expert decompositions: per codebase,
 * Ficus's MoJoFM and ARI against the truth, the package baseline at its best depth, and
 * the best MoJoFM a published tool reached (computed here from the tools' stored
 * decompositions, leaving out tools that need runtime logs).
 */
public final class QualityBenchmark {

    /**
     * Published tools that need runtime traces or logs; a static analyzer is compared
     * with the others.
     */
    public static final Set<String> RUNTIME_TOOLS_DEFAULT = Set.of("log2ms", "mono2micro");

    /**
     * One codebase to measure.
     *
     * @param origin where the sources come from, e.g.
     * {@code github.com/owner/repo@commit}, or empty
     * @param published folder holding the tools' stored {@code class_decomposition.rsf}
     * files (one folder per tool below it), or null
     */
    public record Corpus(String name, Path sources, Path truth, String origin, @Nullable Path published) {
    }

    /** The figures of one codebase. */
    public record App(String name, String repository, String commit, long loc, int types, int services, int kernelTypes,
            int platformTypes, Scorecard ficus, double sm, double icp, double ned, int packageBaselineDepth,
            Scorecard packageBaseline, Scorecard expertWithKernel, Optional<Published> bestPublished,
            SeedSpread seeds) {
    }

    /**
     * Lowest and highest MoJoFM and ARI over the seeds tried (the default seed and the
     * next ones).
     */
    public record SeedSpread(int seeds, double minMojoFm, double maxMojoFm, double minAri, double maxAri) {
    }

    /** The best published tool on a codebase. */
    public record Published(String tool, String variant, double mojoFm) {
    }

    private QualityBenchmark() {
    }

    /** The cluster the expert-with-a-kernel partition puts shared classes in. */
    static final String EXPERT_KERNEL = "shared-kernel";

    /**
     * The truth with its shared classes in a kernel, scored against itself, without the
     * names Ficus's figures leave out as ambiguous (the same simple name in two
     * deployables is two classes, not one shared class).
     */
    static Scorecard expertWithKernel(ReferenceDecomposition truth) {
        return Scorer.score(truth, truth.withSharedElementsIn(EXPERT_KERNEL));
    }

    public static App measure(Corpus corpus, BoundaryOptions options, int seeds) {
        if (!Files.isDirectory(corpus.sources())) {
            throw new InvalidInputException("corpus " + corpus.name() + ": not a folder: " + corpus.sources());
        }
        ReferenceDecomposition truth = ReferenceReader.read(corpus.truth());
        Analysis analysis = Analyzer
            .of(AnalyzerOptions.of(corpus.sources()).withDisplayPath(corpus.name()).withBoundaries(options))
            .analyze(Progress.NONE);
        Map<String, String> proposed = clusterOf(analysis.decomposition());
        Scorecard ficus = Scorer.score(truth, proposed)
            .requireClassesInCommon(corpus.truth(), "corpus " + corpus.name());
        double[] spread = { ficus.mojoFm(), ficus.mojoFm(), ficus.ari(), ficus.ari() };
        for (int k = 1; k < seeds; k++) {
            BoundaryOptions other = new BoundaryOptions(options.resolution(), options.services(), options.seed() + k);
            Scorecard card = Scorer.score(truth,
                    clusterOf(BoundarySuggester.of(other).suggest(analysis.graph(), Progress.NONE)));
            spread = new double[] { Math.min(spread[0], card.mojoFm()), Math.max(spread[1], card.mojoFm()),
                    Math.min(spread[2], card.ari()), Math.max(spread[3], card.ari()) };
        }
        PackageBaseline.Best baseline = PackageBaseline.best(analysis.graph().types().keySet(), truth);
        String[] origin = corpus.origin() == null || corpus.origin().isBlank() ? new String[] { "", "" }
                : corpus.origin().split("@", 2);
        return new App(corpus.name(), origin[0], origin.length > 1 ? origin[1] : "", analysis.document().stats().loc(),
                analysis.document().stats().types(), analysis.decomposition().services().size(),
                analysis.decomposition().sharedKernel().types().size(),
                analysis.decomposition().platform().types().size(), ficus,
                analysis.document().metrics().structuralModularity(), analysis.document().metrics().icp(),
                analysis.document().metrics().ned(), baseline.depth(), baseline.scorecard(),
                expertWithKernel(truth.without(Set.copyOf(ficus.ambiguous()))),
                bestPublished(corpus.published(), truth),
                new SeedSpread(Math.max(seeds, 1), spread[0], spread[1], spread[2], spread[3]));
    }

    /**
     * The decomposition as scoring sees it: each type to its service, kernel and platform
     * types to one cluster each.
     */
    public static Map<String, String> clusterOf(Decomposition decomposition) {
        Map<String, String> result = new TreeMap<>();
        decomposition.sharedKernel().types().forEach(type -> result.put(type, ProposedDecomposition.KERNEL));
        decomposition.platform().types().forEach(type -> result.put(type, ProposedDecomposition.PLATFORM));
        for (CandidateService service : decomposition.services()) {
            service.types().forEach(type -> result.put(type, service.name()));
        }
        return result;
    }

    static Optional<Published> bestPublished(@Nullable Path folder, ReferenceDecomposition truth) {
        if (folder == null) {
            return Optional.empty();
        }
        if (!Files.isDirectory(folder)) {
            throw new InvalidInputException("published decompositions: not a folder: " + folder);
        }
        List<Published> results = new ArrayList<>();
        try (Stream<Path> files = Files.walk(folder)) {
            files.filter(file -> file.getFileName().toString().equals("class_decomposition.rsf"))
                .sorted()
                .forEach(file -> {
                    Path relative = folder.relativize(file);
                    String tool = relative.getName(0).toString();
                    if (!tool.equals("ground_truth") && !RUNTIME_TOOLS_DEFAULT.contains(tool)) {
                        String variant = relative.getNameCount() > 2
                                ? relative.subpath(1, relative.getNameCount() - 1).toString().replace('\\', '/') : "";
                        results.add(new Published(tool, variant,
                                new MoJoFm(truth).mojoFm(ReferenceReader.read(file).serviceOf())));
                    }
                });
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return results.stream().max(java.util.Comparator.comparingDouble(Published::mojoFm));
    }

}
