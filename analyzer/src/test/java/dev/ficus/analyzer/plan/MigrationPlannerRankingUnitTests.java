package dev.ficus.analyzer.plan;

import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.DataMove;
import dev.ficus.plan.MigrationPlan;
import dev.ficus.plan.Risk;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import com.github.javaparser.symbolsolver.resolution.typesolvers.ReflectionTypeSolver;
import dev.ficus.analyzer.TestDocuments;
import dev.ficus.analyzer.boundaries.CandidateService;
import dev.ficus.analyzer.boundaries.Decomposition;
import dev.ficus.analyzer.boundaries.Platform;
import dev.ficus.analyzer.boundaries.SharedKernel;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.EdgeWeights;
import dev.ficus.analyzer.graph.entrypoints.EntryPoint;
import dev.ficus.analyzer.graph.SourceLocation;
import dev.ficus.analyzer.graph.TableAccess;
import dev.ficus.analyzer.graph.TypeNode;
import dev.ficus.analyzer.source.ParsedSources;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

/**
 * Ranking and risk rules on a three-type graph without sources, with exactly known
 * answers.
 */
class MigrationPlannerRankingUnitTests {

    private static final ParsedSources NO_SOURCES = new ParsedSources(Path.of("app"), List.of(), 0, 0, List.of(),
            List.of(), List.of(), ReflectionTypeSolver::new);

    private final CodeGraph graph = graph(400, List.of());

    @Test
    void ranksACandidateWithOnlyBootstrapCodeLastAndSaysItIsAnApplicationOfItsOwn() {
        MigrationPlan plan = plan(analysis(), graph);

        assertThat(plan.candidates()).extracting(CandidatePlan::name).containsExactly("billing", "app");
        assertThat(plan.candidate("app").orElseThrow().score())
            .isGreaterThan(plan.candidate("billing").orElseThrow().score());
        assertThat(plan.candidate("app").orElseThrow().risks()).extracting(Risk::kind, Risk::message)
            .containsExactly(tuple("own-application", "app holds an application class of its own (App): it starts as"
                    + " a process apart from the monolith's already, so it needs a deployment of its own rather than an"
                    + " extraction, and it serves nothing the monolith's users reach, so it is ranked last"));
    }

    @Test
    void ranksACandidateOfConfigurationAndServletFiltersLast() {
        // a servlet filter wraps every feature's requests; it answers none of its own
        Decomposition plumbing = new Decomposition(
                List.of(new CandidateService("guard", new TreeSet<>(Set.of("g.Guard", "g.GuardConfig")),
                        List.of(new EntryPoint("g.Guard", EntryPoint.Kind.SERVLET, "filter /api/*", "doFilter")),
                        new TreeSet<>()), analysis().services().get(1)),
                analysis().sharedKernel(), analysis().platform(), new TreeMap<>(), 1.0);

        MigrationPlan plan = plan(plumbing, graph(400, List.of(), "g.Guard", "g.GuardConfig"));

        assertThat(plan.candidates()).extracting(CandidatePlan::name).containsExactly("billing", "guard");
        assertThat(plan.candidate("guard").orElseThrow().risks()).extracting(Risk::kind)
            .containsExactly("not-a-capability");
    }

    @Test
    void doesNotCountCallsOnAnotherCandidatesRecordsAsRemoteCalls() {
        MigrationPlan plan = plan(analysis(), graph);

        CandidatePlan billing = plan.candidate("billing").orElseThrow();
        assertThat(billing.why().terms().get(1).fact()).isEqualTo("outgoing synchronous calls");
        assertThat(billing.why().terms().get(1).value()).isZero();
        assertThat(billing.boundary().outgoingCalls()).isEmpty();
    }

    @Test
    void doesNotCountCallsOnAnEventClassAnotherCandidatesListenerReadsAsRemoteCalls() {
        // ddd-by-examples/library: a Lombok @Value event, a class, read by a listener of
        // billing
        Decomposition listening = new Decomposition(
                List.of(analysis().services().get(0),
                        new CandidateService("billing", new TreeSet<>(Set.of("b.Billing")),
                                List.of(new EntryPoint("b.Billing", EntryPoint.Kind.HTTP, "GET /api/billing", "get"),
                                        new EntryPoint("b.Billing", EntryPoint.Kind.LISTENER, "Invoiced", "on")),
                                new TreeSet<>(Set.of("billing_invoice")))),
                analysis().sharedKernel(), analysis().platform(), new TreeMap<>(), 1.0);

        MigrationPlan asEvent = plan(listening, graph(400, List.of(), TypeNode.Kind.CLASS));
        MigrationPlan asClass = plan(analysis(), graph(400, List.of(), TypeNode.Kind.CLASS));

        assertThat(asEvent.candidate("billing").orElseThrow().why().terms().get(1).value()).isZero();
        assertThat(asClass.candidate("billing").orElseThrow().why().terms().get(1).value()).isEqualTo(2.0);
    }

    @Test
    void callsALongTypeAGodClass() {
        MigrationPlan plan = plan(analysis(), graph(Risks.GOD_CLASS_LOC_THRESHOLD, List.of()));

        assertThat(plan.candidate("billing").orElseThrow().risks()).extracting(Risk::message)
            .containsExactly("Billing is a god class (500 lines, 0 types depend on it): split it before moving it");
    }

    @Test
    void warnsAboutATableUsedByThreeOwners() {
        List<TableAccess> accesses = List.of(
                new TableAccess("a.App", "billing_invoice", "sql", new SourceLocation("a/App.java", 3)),
                new TableAccess("k.Audit", "billing_invoice", "sql", new SourceLocation("k/Audit.java", 7)));

        MigrationPlan plan = plan(analysis(), graph(400, accesses));

        CandidatePlan billing = plan.candidate("billing").orElseThrow();
        assertThat(billing.risks()).extracting(Risk::message)
            .containsExactly("table billing_invoice is read or"
                    + " written by 3 owners (app, billing, shared kernel): give it one owner with an API before it moves");
        assertThat(billing.data().foreignAccesses()).extracting(DataMove.ForeignAccess::location)
            .containsExactly("a/App.java:3", "k/Audit.java:7");
        assertThat(billing.why().terms().get(2).points()).isEqualTo(-10.0);
    }

    @Test
    void warnsThatTheGatewayMovesNothingForACandidateNoHttpRequestReaches() {
        Decomposition withListener = new Decomposition(
                List.of(analysis().services().get(0), analysis().services().get(1),
                        new CandidateService("mail", new TreeSet<>(Set.of("m.Mailer")),
                                List.of(new EntryPoint("m.Mailer", EntryPoint.Kind.LISTENER, "OrderPlaced", "on")),
                                new TreeSet<>())),
                analysis().sharedKernel(), analysis().platform(), new TreeMap<>(), 1.0);

        MigrationPlan plan = plan(withListener, graph(400, List.of(), "m.Mailer"));

        assertThat(plan.candidate("mail").orElseThrow().risks()).extracting(Risk::kind)
            .containsExactly("no-http-traffic");
        assertThat(plan.candidate("mail").orElseThrow().risks().get(0).message())
            .startsWith("mail takes no HTTP request")
            .contains("the gateway route /api/mail/** moves nothing");
        assertThat(plan.candidate("billing").orElseThrow().risks()).extracting(Risk::kind)
            .doesNotContain("no-http-traffic");
        assertThat(plan.candidate("app").orElseThrow().risks()).extracting(Risk::kind)
            .containsExactly("own-application");
    }

    @Test
    void namesThePlatformAsTheOwnerOfTheTablesItsTypesTouch() {
        List<TableAccess> accesses = List.of(
                new TableAccess("a.App", "billing_invoice", "sql", new SourceLocation("a/App.java", 3)),
                new TableAccess("p.AuditJob", "billing_invoice", "sql", new SourceLocation("p/AuditJob.java", 7)));
        Decomposition withPlatform = new Decomposition(analysis().services(), analysis().sharedKernel(),
                new Platform(new TreeSet<>(Set.of("p.AuditJob")), "plumbing"), new TreeMap<>(), 1.0);

        MigrationPlan plan = plan(withPlatform, graph(400, accesses));

        CandidatePlan billing = plan.candidate("billing").orElseThrow();
        assertThat(billing.risks()).extracting(Risk::message)
            .containsExactly("table billing_invoice is read or"
                    + " written by 3 owners (app, billing, platform): give it one owner with an API before it moves");
        assertThat(billing.data().foreignAccesses()).extracting(DataMove.ForeignAccess::owner)
            .containsExactly("app", "platform");
    }

    @Test
    void movesATableListedUnderTwoCandidatesWithTheOneWhoseEntityMapsIt() {
        Decomposition bothListIt = new Decomposition(
                List.of(new CandidateService("app", new TreeSet<>(Set.of("a.App", "a.Invoiced")), List.of(),
                        new TreeSet<>(Set.of("billing_invoice"))),
                        new CandidateService("billing", new TreeSet<>(Set.of("b.Billing")), List.of(),
                                new TreeSet<>(Set.of("billing_invoice")))),
                new SharedKernel(new TreeSet<>(), ""), new Platform(new TreeSet<>(), ""), new TreeMap<>(), 1.0);
        List<TableAccess> accesses = List.of(
                new TableAccess("a.App", "billing_invoice", "sql", new SourceLocation("a/App.java", 3)),
                new TableAccess("a.Invoiced", "billing_invoice", "sql", new SourceLocation("a/Invoiced.java", 2)),
                new TableAccess("b.Billing", "billing_invoice", "entity", new SourceLocation("b/Billing.java", 9)));

        MigrationPlan plan = plan(bothListIt, graph(400, accesses));

        assertThat(plan.candidate("billing").orElseThrow().data().tables()).extracting(DataMove.Table::name)
            .containsExactly("billing_invoice");
        assertThat(plan.candidate("billing").orElseThrow().data().foreignAccesses()).hasSize(2);
        assertThat(plan.candidate("app").orElseThrow().data().tables()).isEmpty();
    }

    private static MigrationPlan plan(Decomposition decomposition, CodeGraph graph) {
        return MigrationPlanner.plan(TestDocuments.of(NO_SOURCES, graph, decomposition, "app"));
    }

    private static Decomposition analysis() {
        return new Decomposition(
                List.of(new CandidateService("app", new TreeSet<>(Set.of("a.App", "a.Invoiced")),
                        List.of(new EntryPoint("a.App", EntryPoint.Kind.MAIN, "main", "main")), new TreeSet<>()),
                        new CandidateService("billing", new TreeSet<>(Set.of("b.Billing")),
                                List.of(new EntryPoint("b.Billing", EntryPoint.Kind.HTTP, "GET /api/billing", "get")),
                                new TreeSet<>(Set.of("billing_invoice")))),
                new SharedKernel(new TreeSet<>(), ""), new Platform(new TreeSet<>(), ""), new TreeMap<>(), 1.0);
    }

    private static CodeGraph graph(int billingLoc, List<TableAccess> tableAccesses, String... moreTypes) {
        return graph(billingLoc, tableAccesses, TypeNode.Kind.RECORD, moreTypes);
    }

    /**
     * {@code invoicedKind}: what a.Invoiced, which billing calls twice, is declared as.
     */
    private static CodeGraph graph(int billingLoc, List<TableAccess> tableAccesses, TypeNode.Kind invoicedKind,
            String... moreTypes) {
        Graph<String, Dependency> graph = ShopFixture.emptyGraph();
        TreeMap<String, TypeNode> types = new TreeMap<>();
        types.put("a.App", new TypeNode("a.App", "a/App.java", 10, Set.of(), TypeNode.Kind.CLASS));
        types.put("a.Invoiced", new TypeNode("a.Invoiced", "a/Invoiced.java", 3, Set.of(), invoicedKind));
        types.put("b.Billing", new TypeNode("b.Billing", "b/Billing.java", billingLoc, Set.of(), TypeNode.Kind.CLASS));
        for (String type : moreTypes) {
            types.put(type, new TypeNode(type, type.replace('.', '/') + ".java", 20, Set.of(), TypeNode.Kind.CLASS));
        }
        types.keySet().forEach(graph::addVertex);
        graph.addEdge("b.Billing", "a.Invoiced",
                new Dependency("b.Billing", "a.Invoiced", Map.of(EdgeKind.CALL, 2), List.of()));
        return new CodeGraph(graph, types, List.of(), tableAccesses, EdgeWeights.defaults(), 0, 2);
    }

}
