package dev.ficus.analyzer.plan;

import dev.ficus.plan.CrossingCall;
import dev.ficus.plan.RemoteOperation;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.document.AnalysisDocument;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Which incoming calls become remote endpoints and which are better published as events.
 */
class RemoteApiProposalUnitTests {

    private static final String INVENTORY = "shop.inventory.Inventory";

    @Test
    void exposesEveryCalledOperationAsARemoteApi() {
        RemoteApiProposal proposal = proposal(
                List.of(call("reserve", false, List.of()), call("release", false, List.of()),
                        call("available", true, List.of())),
                operation("reserve", "void", List.of("InsufficientStockException")),
                operation("release", "void", List.of()), operation("available", "int", List.of()));

        assertThat(proposal.remoteApi()).extracting(RemoteOperation::method)
            .containsExactly("available", "release", "reserve");
    }

    @Test
    void doesNotProposeAnEventForACallWhoseFailureTheCallerDependsOn() {
        RemoteApiProposal proposal = proposal(
                List.of(call("reserve", false, List.of()), call("release", false, List.of())),
                operation("reserve", "void", List.of("InsufficientStockException")),
                operation("release", "void", List.of()));

        assertThat(proposal.eventCandidates()).extracting(RemoteOperation::method).containsExactly("release");
    }

    @Test
    void doesNotProposeAnEventForACallTheCallerWrapsInATry() {
        RemoteApiProposal proposal = proposal(List.of(call("release", false, List.of("IllegalStateException"))),
                operation("release", "void", List.of()));

        assertThat(proposal.eventCandidates()).isEmpty();
        assertThat(proposal.remoteApi()).hasSize(1);
    }

    @Test
    void doesNotProposeAnEventForAnOperationItCannotRead() {
        RemoteApiProposal proposal = proposal(List.of(call("release", false, List.of())));

        assertThat(proposal.eventCandidates()).isEmpty();
        assertThat(proposal.remoteApi()).extracting(RemoteOperation::returnType).containsExactly("Object");
    }

    @Test
    void proposesNoEndpointForTheGettersOfAnEntityAnotherCandidateHolds() {
        CrossingCall onEntity = new CrossingCall("library.service.FineService", "fines", "library.domain.Member",
                "inventory", "getId", 0, "src/main/java/library/service/FineService.java:30", true, List.of(), "");
        Map<String, AnalysisDocument.Operation> byKey = new TreeMap<>();
        RemoteApiProposal proposal = new RemoteApiProposal("inventory",
                List.of(onEntity, call("available", true, List.of())), byKey, Set.of("library.domain.Member"));

        assertThat(proposal.remoteApi()).extracting(RemoteOperation::method).containsExactly("available");
        assertThat(proposal.sharedEntityCalls()).containsExactly(onEntity);
        assertThat(Risks.sharedEntities(proposal.sharedEntityCalls())).singleElement()
            .satisfies(risk -> assertThat(risk.message()).startsWith("Member is a JPA entity that fines use directly"));
    }

    private static RemoteApiProposal proposal(List<CrossingCall> calls, AnalysisDocument.Operation... operations) {
        Map<String, AnalysisDocument.Operation> byKey = new TreeMap<>();
        for (AnalysisDocument.Operation operation : operations) {
            byKey.put(RemoteApiProposal.key(operation.type(), operation.method(), operation.arguments()), operation);
        }
        return new RemoteApiProposal("inventory", calls, byKey, Set.of());
    }

    private static CrossingCall call(String method, boolean resultUsed, List<String> handled) {
        return new CrossingCall("shop.orders.Orders", "orders", INVENTORY, "inventory", method, 1,
                "src/main/java/shop/orders/Orders.java:" + (10 + method.length()), resultUsed, handled, "");
    }

    private static AnalysisDocument.Operation operation(String method, String returnType, List<String> failures) {
        return new AnalysisDocument.Operation(INVENTORY, method, 1,
                List.of(new AnalysisDocument.Field("orderId", "long")), returnType, List.of(), failures);
    }

}
