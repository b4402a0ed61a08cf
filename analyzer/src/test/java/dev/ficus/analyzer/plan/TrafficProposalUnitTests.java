package dev.ficus.analyzer.plan;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.document.AnalysisDocument;
import dev.ficus.plan.Traffic;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrafficProposalUnitTests {

    @Test
    void leavesTheCandidatesActuatorEndpointsToTheMonolith() {
        Traffic traffic = proposal(inventory(List.of(http("GET /api/inventory/{productId}"),
                http("POST /actuator/faults/{capability}"), http("GET /actuator/faults/{capability}"))));

        assertThat(traffic.paths()).containsExactly("/api/inventory/**");
        assertThat(traffic.gatewayProperties()).containsEntry("ficus.gateway.capabilities.inventory.paths",
                "/api/inventory/**");
        assertThat(traffic.endpoints()).contains("POST /actuator/faults/{capability}");
    }

    @Test
    void fallsBackToTheCandidatesApiPathWhenItHasOnlyActuatorEndpoints() {
        Traffic traffic = proposal(inventory(List.of(http("GET /actuator/faults/{capability}"))));

        assertThat(traffic.paths()).containsExactly("/api/inventory/**");
    }

    @Test
    void readsAJaxRsTemplateWithSpacesWhole() {
        AnalysisDocument.Service cargo = new AnalysisDocument.Service("cargo", List.of("com.example.CargoResource"),
                List.of(),
                List.of(new AnalysisDocument.EntryPointInfo("com.example.CargoResource", "jaxrs",
                        "GET /cargo/{id : [A-Z]+}", "find")),
                new AnalysisDocument.ServiceFigures(1, 10, 0, 0, 0, 1, 0));

        assertThat(TrafficProposal.httpPaths(cargo)).containsExactly("/cargo/{id : [A-Z]+}");
    }

    private static Traffic proposal(AnalysisDocument.Service candidate) {
        return TrafficProposal.of(candidate, 2,
                new RoutePaths(List.of()).of(TrafficProposal.httpPaths(candidate), candidate.name()));
    }

    private static AnalysisDocument.Service inventory(List<AnalysisDocument.EntryPointInfo> entryPoints) {
        return new AnalysisDocument.Service("inventory", List.of("com.example.inventory.Stock"), List.of("stock"),
                entryPoints, new AnalysisDocument.ServiceFigures(1, 10, 0, 0, 0, 1, 0));
    }

    private static AnalysisDocument.EntryPointInfo http(String detail) {
        return new AnalysisDocument.EntryPointInfo("com.example.inventory.InventoryController", "http", detail, "m");
    }

}
