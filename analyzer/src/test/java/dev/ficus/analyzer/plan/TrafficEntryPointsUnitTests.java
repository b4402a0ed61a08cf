package dev.ficus.analyzer.plan;

import dev.ficus.analyzer.document.AnalysisDocument.EntryPointInfo;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TrafficEntryPointsUnitTests {

    @Test
    void aManagementOperationTakesNoTrafficTheGatewayMoves() {
        assertThat(MigrationPlanner.takesTraffic(new EntryPointInfo("shop.InventoryOutageEndpoint", "http",
                "POST /actuator/faults/{capability}/{delay}", "slowDown")))
            .isFalse();
        assertThat(MigrationPlanner
            .takesTraffic(new EntryPointInfo("shop.HealthEndpoint", "http", "GET /actuator", "links"))).isFalse();
    }

    @Test
    void anApiOperationTakesTraffic() {
        assertThat(MigrationPlanner
            .takesTraffic(new EntryPointInfo("shop.InventoryController", "http", "GET /api/inventory/{id}", "stock")))
            .isTrue();
        assertThat(MigrationPlanner.takesTraffic(
                new EntryPointInfo("shop.ActuatorLikeController", "http", "GET /api/actuator-report", "report")))
            .isTrue();
    }

}
