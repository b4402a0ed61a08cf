package dev.ficus.analyzer.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ficus.analyzer.Fixtures;
import dev.ficus.analyzer.TestDocuments;
import dev.ficus.analyzer.boundaries.CandidateService;
import dev.ficus.analyzer.boundaries.Decomposition;
import dev.ficus.analyzer.boundaries.Platform;
import dev.ficus.analyzer.boundaries.SharedKernel;
import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.document.EventType;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.EdgeWeights;
import dev.ficus.analyzer.graph.GraphBuilder;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import dev.ficus.analyzer.plan.MigrationPlanner;
import dev.ficus.analyzer.plan.writer.PlanFiles;
import dev.ficus.analyzer.source.ParsedSources;
import dev.ficus.analyzer.source.SourceReader;
import dev.ficus.analyzer.source.SourceRequest;
import dev.ficus.analyzer.work.Progress;
import dev.ficus.plan.MigrationPlan;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events declared as nested types of the interface they share
 * ({@code fixtures/nested-events}, the shape of ddd-by-examples/library's
 * {@code PatronEvent.BookReturned}): found as events, read by a listener without a
 * synchronous call across the boundary, put in the publisher's outbox and consumed by the
 * listener's service.
 */
class NestedEventsExtractUnitTests {

    private static final String PATRON = "shop.lending.patron.";

    private static final String BOOK = "shop.lending.book.";

    @TempDir
    static Path folder;

    private static CodeGraph graph;

    private static AnalysisDocument analysis;

    private static MigrationPlan plan;

    @BeforeAll
    static void analyzeAndPlan() {
        ParsedSources sources = SourceReader.read(SourceRequest.of(Fixtures.of("nested-events")), Progress.NONE);
        graph = GraphBuilder.build(sources, EdgeWeights.defaults(), Progress.NONE);
        Decomposition decomposition = new Decomposition(
                List.of(candidate("patron", PATRON + "PatronEvent", PATRON + "Patrons"),
                        candidate("book", BOOK + "BookEvents", BOOK + "Books")),
                new SharedKernel(new TreeSet<>(), ""), new Platform(new TreeSet<>(), ""), new TreeMap<>(), 1.0);
        analysis = TestDocuments.of(sources, graph, decomposition, sources.root().toAbsolutePath().toString());
        plan = MigrationPlanner.plan(analysis);
        PlanFiles.write(plan, folder.resolve("ficus-out"));
    }

    @Test
    void takesTheEventsAListenerNamesAndNoListenerWithoutOne() {
        assertThat(graph.entryPoints()).filteredOn(entryPoint -> entryPoint.kind() == EntryPoint.Kind.LISTENER)
            .extracting(EntryPoint::detail, EntryPoint::method)
            .containsExactly(tuple("BookPlacedOnHold", "on"), tuple("PatronEvent.BookReturned", "countReturn"),
                    tuple("PatronEvent.BookReturned", "on"));
    }

    @Test
    void listsNestedEventsByTheirCanonicalNamesAndOnlyAnEventIdMethodAsTheirId() {
        assertThat(analysis.events()).containsExactly(new EventType(PATRON + "PatronEvent.BookPlacedOnHold", true),
                new EventType(PATRON + "PatronEvent.BookReturned", false));
    }

    @Test
    void readingANestedEventIsNoCallAcrossTheBoundary() {
        assertThat(plan.candidate("book").orElseThrow().boundary().outgoingCalls()).isEmpty();
    }

    @Test
    void thePublisherPutsTheNestedEventsInItsOutbox() throws IOException {
        ExtractResult result = extract("patron");

        String outbox = Files
            .readString(result.out().resolve("src/main/java/dev/ficus/patronservice/sync/PatronEvents.java"));
        assertThat(outbox).contains("import shop.lending.patron.PatronEvent.BookPlacedOnHold;",
                "import shop.lending.patron.PatronEvent.BookReturned;",
                "void on(BookPlacedOnHold event) {\n        this.outbox.add(event.eventId(), event);",
                "void on(BookReturned event) {\n        this.outbox.add(UUID.randomUUID(), event);");
    }

    @Test
    void theListenerConsumesTheNestedEventsFromThePublisher() throws IOException {
        ExtractResult result = extract("book");

        String consumer = Files
            .readString(result.out().resolve("src/main/java/dev/ficus/bookservice/sync/BookEventConsumer.java"));
        assertThat(consumer).contains("import shop.lending.patron.PatronEvent.BookReturned;",
                "Map.entry(\"BookPlacedOnHold\", BookPlacedOnHold.class)",
                "Map.entry(\"BookReturned\", BookReturned.class)");
        assertThat(result.needsYou()).noneMatch(note -> note.contains("no single type"));
    }

    private static ExtractResult extract(String candidate) {
        return Extractor.extract(new ExtractRequest(folder.resolve("ficus-out/plan.json"), candidate,
                folder.resolve(candidate + "-service"), Optional.empty(), false));
    }

    private static CandidateService candidate(String name, String... types) {
        List<EntryPoint> entryPoints = graph.entryPoints()
            .stream()
            .filter(entryPoint -> Set.of(types).contains(entryPoint.type()))
            .toList();
        return new CandidateService(name, new TreeSet<>(Set.of(types)), entryPoints, new TreeSet<>());
    }

}
