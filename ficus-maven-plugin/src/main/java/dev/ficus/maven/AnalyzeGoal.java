package dev.ficus.maven;

import dev.ficus.analyzer.boundaries.BoundaryOptions;
import dev.ficus.analyzer.boundaries.LouvainClustering;
import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.Analyzer;
import dev.ficus.analyzer.AnalyzerOptions;
import dev.ficus.analyzer.report.ReportWriter;
import dev.ficus.analyzer.report.ReportFormat;
import dev.ficus.analyzer.source.InvalidInputException;
import dev.ficus.analyzer.work.Progress;
import dev.ficus.analyzer.source.SourceRequest;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;

/** The analyzer calls of {@code ficus:analyze}. */
final class AnalyzeGoal {

    /**
     * What the analysis found, for the build log.
     *
     * @param services candidate services
     * @param sharedKernelTypes types set aside as shared kernel
     * @param unresolvedCallRatio share of calls whose target the symbol solver could not
     * resolve
     * @param written report files
     */
    record Result(int services, int sharedKernelTypes, double unresolvedCallRatio, List<Path> written) {
    }

    private AnalyzeGoal() {
    }

    static Result run(ProjectSources sources, Integer services, double resolution, List<String> formats, Path out,
            Progress progress) throws MojoFailureException {
        BoundaryOptions options = new BoundaryOptions(resolution,
                services == null ? OptionalInt.empty() : OptionalInt.of(services), LouvainClustering.SEED_DEFAULT);
        try {
            Set<ReportFormat> reports = reportFormats(formats);
            AnalysisDocument analysis = Analyzer
                .of(new AnalyzerOptions(request(sources), displayPath(sources), options))
                .analyze(progress)
                .document();
            List<Path> written = ReportWriter.write(analysis, out, reports);
            return new Result(analysis.services().size(), analysis.sharedKernel().types().size(),
                    analysis.stats().unresolvedCallRatio(), written);
        }
        catch (InvalidInputException e) {
            throw new MojoFailureException("ficus: " + e.getMessage());
        }
    }

    static SourceRequest request(ProjectSources sources) {
        return new SourceRequest(sources.root(), sources.includeTests(), sources.excludes(), sources.classpath());
    }

    private static String displayPath(ProjectSources sources) {
        Path name = sources.root().getFileName();
        return name == null ? "." : name.toString();
    }

    private static Set<ReportFormat> reportFormats(List<String> names) throws MojoFailureException {
        Set<ReportFormat> result = EnumSet.noneOf(ReportFormat.class);
        for (String name : names) {
            try {
                result.add(ReportFormat.named(name.strip()));
            }
            catch (IllegalArgumentException e) {
                throw new MojoFailureException("ficus.formats: " + e.getMessage());
            }
        }
        return result;
    }

}
