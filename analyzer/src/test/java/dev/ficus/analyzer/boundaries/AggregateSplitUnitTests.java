package dev.ficus.analyzer.boundaries;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import dev.ficus.analyzer.work.Progress;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * A package-by-layer app ({@code controllers}, {@code repositories}, {@code models}) with
 * dealers and quotes: each answers requests and keeps a table of its own, and the quote
 * repository looks dealers up through the dealers repository many times, so modularity
 * alone puts both in one cluster beside the app's other aggregates.
 */
class AggregateSplitUnitTests {

    private static final String APP = "com.acme.parts.";

    @Test
    void splitsTwoAggregatesOneCallsTheOtherOfIntoTwoServices() {
        Decomposition decomposition = suggest(parts("quotes"));

        assertThat(serviceOf(decomposition, "controllers.DealerController")).isEqualTo(aggregate("Dealer", "Dealers"));
        assertThat(serviceOf(decomposition, "controllers.QuoteController")).isEqualTo(aggregate("Quote", "Quotes"));
    }

    @Test
    void keepsAPartThatOnlyReadsTheOtherPartsTableWithIt() {
        Decomposition decomposition = suggest(parts("dealers"));

        assertThat(serviceOf(decomposition, "controllers.DealerController")).containsAll(aggregate("Dealer", "Dealers"))
            .containsAll(aggregate("Quote", "Quotes"));
    }

    private static Set<String> serviceOf(Decomposition decomposition, String type) {
        return decomposition.services()
            .stream()
            .filter(service -> service.types().contains(APP + type))
            .findFirst()
            .orElseThrow()
            .types();
    }

    private static Decomposition suggest(CodeGraph code) {
        return BoundarySuggester.of(BoundaryOptions.defaults()).suggest(code, Progress.NONE);
    }

    /** Dealers and quotes, the quote repository reading the table given. */
    private static CodeGraph parts(String quoteTable) {
        CodeGraphFixture graph = CodeGraphFixture.builder();
        aggregate(graph, "Dealer", "Dealers", "dealers");
        aggregate(graph, "Quote", "Quotes", quoteTable);
        for (String entity : new String[] { "Order", "Shipment", "Invoice", "Customer" }) {
            aggregate(graph, entity, entity + "s", entity.toLowerCase() + "s");
        }
        graph.calls(APP + "repositories.QuotesRepository", APP + "repositories.DealersRepository", 8)
            .depends(APP + "repositories.QuotesRepository", APP + "models.Dealer", EdgeKind.INSTANTIATION, 4)
            .depends(APP + "models.Quote", APP + "models.Dealer", EdgeKind.TYPE_REFERENCE, 2);
        return graph.build();
    }

    private static void aggregate(CodeGraphFixture graph, String entity, String plural, String table) {
        String controller = APP + "controllers." + entity + "Controller";
        String repository = APP + "repositories." + plural + "Repository";
        String model = APP + "models." + entity;
        String details = APP + "models." + entity + "Details";
        graph.entryPoint(controller, EntryPoint.Kind.HTTP, "GET /" + plural.toLowerCase())
            .calls(controller, repository, 3)
            .depends(controller, model, EdgeKind.TYPE_REFERENCE, 2)
            .depends(repository, model, EdgeKind.INSTANTIATION, 2)
            .depends(repository, details, EdgeKind.INSTANTIATION, 2)
            .depends(model, details, EdgeKind.TYPE_REFERENCE, 1)
            .table(repository, table)
            .table(details, table);
    }

    private static SortedSet<String> aggregate(String entity, String plural) {
        return new TreeSet<>(
                Set.of(APP + "controllers." + entity + "Controller", APP + "repositories." + plural + "Repository",
                        APP + "models." + entity, APP + "models." + entity + "Details"));
    }

}
