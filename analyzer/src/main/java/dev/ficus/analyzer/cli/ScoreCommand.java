package dev.ficus.analyzer.cli;

import dev.ficus.analyzer.score.ProposedDecomposition;
import dev.ficus.analyzer.score.ReferenceReader;
import dev.ficus.analyzer.score.Scorecard;
import dev.ficus.analyzer.score.Scorer;
import dev.ficus.analyzer.score.ServiceMatch;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code ficus score --truth FILE analysis.json}: compares the suggested services with an
 * architect's.
 */
@Command(name = "score", mixinStandardHelpOptions = true, versionProvider = FicusVersion.class,
        description = {
                "Scores the candidate services of ANALYSIS against a reference decomposition: MoJoFM, ARI, "
                        + "purity and, per candidate, the reference service it matches with precision and recall.",
                "The shared kernel counts as one cluster. Reference classes given by simple name match the "
                        + "analysed type with that simple name; a class listed under several services counts under the "
                        + "last." })
class ScoreCommand implements Callable<Integer> {

    private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    @Spec
    private CommandSpec spec;

    @Option(names = "--truth", paramLabel = "FILE", required = true,
            description = "The reference: RSF lines 'contain SERVICE CLASS', or JSON {\"Class\": \"service\"}.")
    private Path truth;

    @Option(names = "--json", description = "Print the scores as JSON instead of text.")
    private boolean json;

    @Parameters(paramLabel = "ANALYSIS", description = "The analysis.json written by 'ficus analyze'.")
    private Path analysis;

    @Override
    public Integer call() {
        Scorecard card = Scorer.score(ReferenceReader.read(truth), ProposedDecomposition.read(analysis).clusterOf())
            .requireClassesInCommon(truth, analysis);
        PrintWriter out = spec.commandLine().getOut();
        if (json) {
            out.println(JSON.writeValueAsString(card));
        }
        else {
            print(card, out);
        }
        out.flush();
        return 0;
    }

    private static void print(Scorecard card, PrintWriter out) {
        out.printf(Locale.ROOT, "reference: %d classes (%d listed under several services, counted under the last)%n",
                card.referenceElements(), card.duplicatedListings());
        out.printf(Locale.ROOT,
                "common classes: %d placed by the analysis, %d not placed%s; %d analysed types not in"
                        + " the reference (ignored)%n",
                card.common(), card.unplaced().size(), card.unplaced().isEmpty() ? "" : " " + card.unplaced(),
                card.proposalOnly());
        if (!card.ambiguous().isEmpty()) {
            out.printf(
                    "simple names shared by several analysed types (the one under the most matched package root used): %s%n",
                    card.ambiguous());
        }
        out.printf(Locale.ROOT, "MoJoFM  %6.2f  (over all reference classes, the unplaced in one extra cluster)%n",
                card.mojoFm());
        out.printf(Locale.ROOT, "ARI     %6.3f  (over the common classes)%n", card.ari());
        out.printf(Locale.ROOT, "purity  %6.3f  (over the common classes)%n", card.purity());
        out.printf("%-32s %-24s %5s %9s %6s%n", "candidate", "best reference service", "types", "precision", "recall");
        for (ServiceMatch.Match match : card.matches()) {
            out.printf(Locale.ROOT, "%-32s %-24s %5d %9.2f %6.2f%n", match.cluster(), match.service(), match.size(),
                    match.precision(), match.recall());
        }
    }

}
