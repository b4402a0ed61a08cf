package dev.ficus.analyzer.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.ficus.analyzer.TestDocuments;
import dev.ficus.analyzer.boundaries.CandidateService;
import dev.ficus.analyzer.boundaries.Decomposition;
import dev.ficus.analyzer.boundaries.Platform;
import dev.ficus.analyzer.boundaries.SharedKernel;
import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.analyzer.graph.CodeGraph;
import dev.ficus.analyzer.graph.Dependency;
import dev.ficus.analyzer.graph.EdgeKind;
import dev.ficus.analyzer.graph.EdgeWeights;
import dev.ficus.analyzer.graph.SourceLocation;
import dev.ficus.analyzer.graph.TypeNode;
import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.CrossingCall;
import dev.ficus.plan.MigrationPlan;
import dev.ficus.plan.RemoteOperation;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.junit.jupiter.api.Test;

/**
 * Calls on a port, an interface of the platform that one candidate implements
 * ({@code fixtures/plan/ports}: the platform's {@code DeptService}, implemented by
 * {@code directory}'s {@code DeptDirectory}, called by the platform's
 * {@code DeptNameTranslator} and by {@code billing}'s {@code Invoices}).
 */
class PortCallsUnitTests {

    private static final Path ROOT = Path.of("src/test/resources/fixtures/plan/ports");

    private static final String PORT = "shop.core.DeptService";

    private static final String TRANSLATOR = "shop.translation.DeptNameTranslator";

    private static final String DIRECTORY = "shop.directory.DeptDirectory";

    private static final String INVOICES = "shop.billing.Invoices";

    /** Who else implements the port. */
    private enum Implementations {

        DIRECTORY_ONLY, BILLING_TOO, BILLING_THROUGH_THE_DIRECTORYS_CLASS

    }

    @Test
    void aCallOnAPortOneCandidateImplementsGoesToThatCandidate() {
        MigrationPlan plan = plan(Implementations.DIRECTORY_ONLY);

        CandidatePlan directory = plan.candidate("directory").orElseThrow();
        assertThat(directory.boundary().incomingCalls())
            .extracting(CrossingCall::caller, CrossingCall::callerOwner, CrossingCall::callee,
                    CrossingCall::calleeOwner, CrossingCall::method)
            .containsExactlyInAnyOrder(tuple(INVOICES, "billing", PORT, "directory", "deptName"),
                    tuple(TRANSLATOR, "platform", PORT, "directory", "deptName"),
                    tuple(TRANSLATOR, "platform", DIRECTORY, "directory", "deptName"));
        assertThat(directory.boundary().remoteApi())
            .extracting(RemoteOperation::httpMethod, RemoteOperation::path, RemoteOperation::callee,
                    RemoteOperation::returnType, RemoteOperation::parameters)
            .contains(tuple("GET", "/internal/directory/dept-service-dept-name", PORT, "String",
                    List.of(new RemoteOperation.Field("id", "Long"))));
        assertThat(directory.boundary().outgoingCalls()).as("its own port is served in-process").isEmpty();
    }

    @Test
    void aServiceCallsThePortsItsPlatformCodeUsesAsWellAsItsOwnButNotThePlatformsOtherCalls() {
        CandidatePlan billing = plan(Implementations.DIRECTORY_ONLY).candidate("billing").orElseThrow();

        assertThat(billing.boundary().outgoingCalls())
            .extracting(CrossingCall::caller, CrossingCall::callee, CrossingCall::calleeOwner)
            .containsExactlyInAnyOrder(tuple(INVOICES, PORT, "directory"), tuple(TRANSLATOR, PORT, "directory"));
    }

    @Test
    void aPortTwoCandidatesImplementStaysWithThePlatform() {
        for (Implementations implementations : List.of(Implementations.BILLING_TOO,
                Implementations.BILLING_THROUGH_THE_DIRECTORYS_CLASS)) {
            MigrationPlan plan = plan(implementations);

            assertThat(plan.candidates()).as(implementations.name())
                .flatExtracting(candidate -> candidate.boundary().incomingCalls())
                .extracting(CrossingCall::callee)
                .doesNotContain(PORT);
            assertThat(plan.candidate("billing").orElseThrow().boundary().outgoingCalls()).as(implementations.name())
                .isEmpty();
        }
    }

    private static MigrationPlan plan(Implementations implementations) {
        AnalysisDocument analysis = TestDocuments.of(ShopFixture.sources(ROOT), graph(implementations), decomposition(),
                "ports");
        return MigrationPlanner.plan(analysis);
    }

    private static Decomposition decomposition() {
        return new Decomposition(
                List.of(new CandidateService("billing", new TreeSet<>(Set.of(INVOICES)), List.of(), new TreeSet<>()),
                        new CandidateService("directory", new TreeSet<>(Set.of(DIRECTORY)), List.of(),
                                new TreeSet<>())),
                new SharedKernel(new TreeSet<>(), ""),
                new Platform(new TreeSet<>(Set.of(PORT, TRANSLATOR)), "ports and translation"), new TreeMap<>(), 1.0);
    }

    private static CodeGraph graph(Implementations implementations) {
        Graph<String, Dependency> graph = ShopFixture.emptyGraph();
        TreeMap<String, TypeNode> types = new TreeMap<>();
        type(types, PORT, TypeNode.Kind.INTERFACE);
        type(types, TRANSLATOR, TypeNode.Kind.CLASS);
        type(types, DIRECTORY, TypeNode.Kind.CLASS);
        type(types, INVOICES, TypeNode.Kind.CLASS);
        types.keySet().forEach(graph::addVertex);
        edge(graph, DIRECTORY, PORT, EdgeKind.INHERITANCE, at(DIRECTORY, "implements DeptService"));
        edge(graph, TRANSLATOR, PORT, EdgeKind.CALL, at(TRANSLATOR, "deptService.deptName("));
        edge(graph, TRANSLATOR, DIRECTORY, EdgeKind.CALL, at(TRANSLATOR, "directory.deptName("));
        Map<EdgeKind, Integer> invoicesCounts = implementations == Implementations.BILLING_TOO
                ? Map.of(EdgeKind.CALL, 1, EdgeKind.INHERITANCE, 1) : Map.of(EdgeKind.CALL, 1);
        graph.addEdge(INVOICES, PORT,
                new Dependency(INVOICES, PORT, invoicesCounts, List.of(at(INVOICES, "deptService.deptName("))));
        if (implementations == Implementations.BILLING_THROUGH_THE_DIRECTORYS_CLASS) {
            edge(graph, INVOICES, DIRECTORY, EdgeKind.INHERITANCE, at(INVOICES, "public class Invoices"));
        }
        return new CodeGraph(graph, types, List.of(), List.of(), EdgeWeights.defaults(), 0, 2);
    }

    private static SourceLocation at(String type, String marker) {
        return ShopFixture.at(ROOT, file(type), marker);
    }

    private static String file(String type) {
        return "src/main/java/" + type.replace('.', '/') + ".java";
    }

    private static void type(Map<String, TypeNode> types, String name, TypeNode.Kind kind) {
        types.put(name, new TypeNode(name, file(name), 10, Set.of(), kind));
    }

    private static void edge(Graph<String, Dependency> graph, String source, String target, EdgeKind kind,
            SourceLocation location) {
        graph.addEdge(source, target, new Dependency(source, target, Map.of(kind, 1), List.of(location)));
    }

}
