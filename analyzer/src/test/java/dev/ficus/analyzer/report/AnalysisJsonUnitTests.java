package dev.ficus.analyzer.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.analyzer.document.AnalysisDocument;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class AnalysisJsonUnitTests {

    private final JsonNode json = JsonMapper.builder()
        .build()
        .readTree(ReportFormat.JSON.render(AnalysisFixture.shop()));

    @Test
    void writesTheTopLevelFieldsOfTheSchemaVersionInOrder() {
        assertThat(json.get("schemaVersion").asInt()).isEqualTo(AnalysisDocument.SCHEMA_VERSION).isEqualTo(6);
        assertThat(json.propertyNames()).containsExactly("schemaVersion", "input", "stats", "resolution", "metrics",
                "services", "sharedKernel", "platform", "sharedTables", "types", "dependencies", "calls", "operations",
                "calledTypes", "events", "entityTables", "tableAccesses", "diagnostics");
        assertThat(json.get("stats").propertyNames()).containsExactly("files", "loc", "types", "edges", "parseErrors",
                "unresolvedCallRatio", "millis", "peakHeapMb");
        assertThat(json.get("metrics").propertyNames()).containsExactly("modularity", "structuralModularity", "icp",
                "bcp", "ned", "ifn");
    }

    @Test
    void writesServicesWithTypesTablesAndLowerCaseEntryPointKinds() {
        JsonNode orders = json.get("services").get(2);

        assertThat(orders.get("name").asString()).isEqualTo("orders");
        assertThat(orders.get("tables").toString()).isEqualTo("[\"order_lines\",\"orders\"]");
        assertThat(orders.get("entryPoints").get(0).toString()).isEqualTo(
                "{\"type\":\"com.acme.shop.orders.OrderController\",\"kind\":\"http\",\"detail\":\"GET /api/orders\","
                        + "\"method\":\"handle\"}");
        assertThat(orders.get("metrics").get("types").asInt()).isEqualTo(5);
    }

    @Test
    void writesTheResolutionReachedWithoutARequestedCountWhenNoneWasAsked() {
        assertThat(json.get("resolution").get("value").asDouble()).isPositive();
        assertThat(json.get("resolution").has("requestedServices")).isFalse();
    }

    @Test
    void placesEveryTypeOnceInAServiceTheSharedKernelOrThePlatform() {
        List<String> placed = new ArrayList<>();
        json.get("services").forEach(service -> service.get("types").forEach(type -> placed.add(type.asString())));
        json.get("sharedKernel").get("types").forEach(type -> placed.add(type.asString()));
        json.get("platform").get("types").forEach(type -> placed.add(type.asString()));

        assertThat(placed).doesNotHaveDuplicates().hasSize(16).contains("com.acme.shop.shared.Money");
    }

    @Test
    void givesEveryTypeItsGroupAndEvidence() {
        JsonNode money = null;
        for (JsonNode type : json.get("types")) {
            if (type.get("name").asString().equals("com.acme.shop.shared.Money")) {
                money = type;
            }
        }

        assertThat(json.get("types")).hasSize(16);
        assertThat(money).isNotNull();
        assertThat(money.get("group").asString()).isEqualTo("shared kernel");
        assertThat(money.get("evidence").get("neighbours")).isNotEmpty();
    }

    @Test
    void givesAPlatformTypeThePlatformGroup() {
        JsonNode document = JsonMapper.builder()
            .build()
            .readTree(ReportFormat.JSON.render(AnalysisFixture.shopWithItsApplication()));
        List<String> groups = new ArrayList<>();
        document.get("types")
            .forEach(type -> groups.add(type.get("name").asString() + " " + type.get("group").asString()));

        assertThat(document.get("platform").get("types").toString()).isEqualTo("[\"com.acme.shop.ShopApplication\"]");
        assertThat(groups).contains("com.acme.shop.ShopApplication platform",
                "com.acme.shop.shared.Money shared kernel");
    }

    @Test
    void flagsTablesUsedByMoreThanOneService() {
        assertThat(json.get("sharedTables").toString())
            .isEqualTo("[{\"table\":\"orders\",\"services\":[\"billing\",\"orders\"]}]");
    }

    @Test
    void writesDiagnosticsWithLowerCaseSeverity() {
        assertThat(json.get("diagnostics").get(0).toString()).isEqualTo("{\"file\":\"src/main/java/Big.java\","
                + "\"line\":1,\"severity\":\"warning\",\"message\":\"file larger than 1 MiB skipped\"}");
    }

    @Test
    void roundsMetricsToFourDecimals() {
        double modularity = json.get("metrics").get("modularity").asDouble();

        assertThat(modularity).isGreaterThan(0.3).isEqualTo(Math.round(modularity * 1e4) / 1e4);
    }

    @Test
    void writesTheSameBytesForTheSameAnalysis() {
        assertThat(ReportFormat.JSON.render(AnalysisFixture.shop()))
            .isEqualTo(ReportFormat.JSON.render(AnalysisFixture.shop()));
    }

}
