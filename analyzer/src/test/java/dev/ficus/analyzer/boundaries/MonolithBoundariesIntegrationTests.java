package dev.ficus.analyzer.boundaries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.boundaries.metrics.AdjustedRandIndex;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.EdgeWeights;
import dev.ficus.analyzer.graph.GraphBuilder;
import dev.ficus.analyzer.work.Progress;
import dev.ficus.analyzer.source.SourceReader;
import dev.ficus.analyzer.source.SourceRequest;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The suggestion for the sample monolith must match its Spring Modulith modules (the
 * top-level package under {@code dev.ficus.shop}), also when every name that could give
 * the modules away is gone. Measured: ARI 0.968 both ways, with the shared kernel and the
 * platform each scored as one cluster.
 */
class MonolithBoundariesIntegrationTests {

    private static final Path MONOLITH = Path.of("..", "monolith-app", "src", "main", "java");

    private static final String BASE_PACKAGE = "dev.ficus.shop.";

    @Test
    void matchesTheModulesOfTheMonolith() {
        assertThat(MONOLITH).isDirectory();
        CodeGraph code = graphOf(MONOLITH);
        Decomposition decomposition = suggest(code);

        double ari = agreement(decomposition, code, Function.identity());

        System.out.printf("monolith-app: ARI %.3f over %d services, shared kernel %s, platform %s%n", ari,
                decomposition.services().size(), decomposition.sharedKernel().types(),
                decomposition.platform().types());
        assertThat(ari).isGreaterThanOrEqualTo(0.95);
        assertSmallKernelAndPlatform(decomposition, code);
        // the HTTP-adapter toolkit the remote adapters call is a library, not a service
        assertThat(decomposition.services()).extracting(CandidateService::name).doesNotContain("extraction");
        assertThat(decomposition.platform().types()).contains(BASE_PACKAGE + "extraction.RemoteCapabilities",
                BASE_PACKAGE + "extraction.RemoteCapability");
    }

    @Test
    void findsTheModulesFromTheGraphAloneWhenNamesMeanNothing(@TempDir Path copy) throws Exception {
        assertThat(MONOLITH).isDirectory();
        SortedMap<String, String> originals = new MeaninglessCopy().copy(MONOLITH, copy);
        CodeGraph code = graphOf(copy);
        assertThat(code.types().keySet()).containsExactlyElementsOf(originals.keySet())
            .allMatch(type -> type.matches("p\\.C\\d+"));
        Decomposition decomposition = suggest(code);

        double ari = agreement(decomposition, code, originals::get);

        System.out.printf(
                "meaningless copy of monolith-app: ARI %.3f over %d services named %s, kernel %d, platform %d%n", ari,
                decomposition.services().size(), decomposition.services().stream().map(CandidateService::name).toList(),
                decomposition.sharedKernel().types().size(), decomposition.platform().types().size());
        assertThat(ari).isGreaterThanOrEqualTo(0.95);
        assertSmallKernelAndPlatform(decomposition, code);
    }

    /**
     * Measured 2 kernel and 10 platform types of 90 (4 plumbing, 6 of the extraction
     * library): a regression that dumps misfits there must show.
     */
    private static void assertSmallKernelAndPlatform(Decomposition decomposition, CodeGraph code) {
        assertThat(decomposition.sharedKernel().types().size()).isLessThanOrEqualTo(code.types().size() / 20);
        assertThat(decomposition.platform().types().size()).isLessThanOrEqualTo(code.types().size() / 9);
    }

    private static CodeGraph graphOf(Path root) {
        return GraphBuilder.build(SourceReader.read(SourceRequest.of(root), Progress.NONE), EdgeWeights.defaults(),
                Progress.NONE);
    }

    private static Decomposition suggest(CodeGraph code) {
        Decomposition decomposition = BoundarySuggester.of(BoundaryOptions.defaults()).suggest(code, Progress.NONE);
        List<String> placed = new ArrayList<>(decomposition.sharedKernel().types());
        placed.addAll(decomposition.platform().types());
        decomposition.services().forEach(service -> placed.addAll(service.types()));
        assertThat(placed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(code.types().keySet());
        return decomposition;
    }

    /**
     * ARI of the services against the modules, over the types that sit in a module (not
     * the application class in the base package); the shared kernel and the platform
     * count as one cluster each, so that pushing misfits into them costs.
     */
    private static double agreement(Decomposition decomposition, CodeGraph code, Function<String, String> original) {
        Map<String, Set<String>> modules = new TreeMap<>();
        for (String type : code.types().keySet()) {
            String name = original.apply(type);
            String rest = name.startsWith(BASE_PACKAGE) ? name.substring(BASE_PACKAGE.length()) : "";
            if (rest.contains(".")) {
                modules.computeIfAbsent(rest.substring(0, rest.indexOf('.')), m -> new HashSet<>()).add(type);
            }
        }
        assertThat(modules).hasSizeGreaterThanOrEqualTo(5);
        List<Set<String>> partition = new ArrayList<>(decomposition.partition());
        partition.add(decomposition.sharedKernel().types());
        partition.add(decomposition.platform().types());
        return new AdjustedRandIndex<>(new ArrayList<>(modules.values())).adjustedRandIndex(partition);
    }

}
