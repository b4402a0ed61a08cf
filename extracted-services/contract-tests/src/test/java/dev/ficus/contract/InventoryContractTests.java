package dev.ficus.contract;

import static dev.ficus.contract.ContractCase.get;
import static dev.ficus.contract.ContractCase.send;

import dev.ficus.shop.api.inventory.StockLevelDto;
import dev.ficus.shop.api.seed.SeedData;
import dev.ficus.shop.api.seed.SeedProduct;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code /api/inventory/**} contract, run against the monolith and the inventory
 * service.
 */
@ExtendWith(DeploymentsExtension.class)
class InventoryContractTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** A seeded product with units reserved (every fifth one). */
    private static final long RESERVED = 5;

    @TestFactory
    Stream<DynamicTest> inventoryAnswersAlikeEverywhere(Deployments deployments) {
        return new ContractRun(JSON, List.of(deployments.monolith(), deployments.inventoryService())).tests(cases());
    }

    static List<ContractCase> cases() {
        int reserved = SeedData.product(RESERVED).reserved();
        return List.of(get("returnsSeededStock", "/api/inventory/1", 200).expecting(seeded(1)),
                get("returnsStockWithReservations", "/api/inventory/" + RESERVED, 200).expecting(seeded(RESERVED)),
                get("answersNotFoundForUnknownProduct", "/api/inventory/999999", 404),
                get("rejectsNonNumericProductId", "/api/inventory/abc", 400),
                send("setsStock", "PUT", "/api/inventory/2", "{\"onHand\":40}", 200).expecting(level(2, 40, 0)),
                get("returnsStockJustSet", "/api/inventory/2", 200).expecting(level(2, 40, 0)),
                send("setsStockToZero", "PUT", "/api/inventory/3", "{\"onHand\":0}", 200).expecting(level(3, 0, 0)),
                send("refusesStockBelowReserved", "PUT", "/api/inventory/" + RESERVED,
                        "{\"onHand\":" + (reserved - 1) + "}", 409),
                get("keepsStockAfterRefusal", "/api/inventory/" + RESERVED, 200).expecting(seeded(RESERVED)),
                send("acceptsStockEqualToReserved", "PUT", "/api/inventory/" + RESERVED,
                        "{\"onHand\":" + reserved + "}", 200)
                    .expecting(level(RESERVED, reserved, reserved)),
                send("rejectsNegativeStock", "PUT", "/api/inventory/1", "{\"onHand\":-1}", 400),
                send("rejectsStockAboveLimit", "PUT", "/api/inventory/1", "{\"onHand\":1000001}", 400),
                send("rejectsMissingOnHand", "PUT", "/api/inventory/1", "{}", 400),
                send("rejectsMalformedJson", "PUT", "/api/inventory/1", "{\"onHand\": ", 400),
                send("answersNotFoundWhenSettingUnknownProduct", "PUT", "/api/inventory/999999", "{\"onHand\":1}", 404),
                get("leavesUntouchedStockAlone", "/api/inventory/1", 200).expecting(seeded(1)));
    }

    private static JsonNode seeded(long id) {
        SeedProduct seed = SeedData.product(id);
        return level(id, seed.onHand(), seed.reserved());
    }

    private static JsonNode level(long id, int onHand, int reserved) {
        return JSON.valueToTree(new StockLevelDto(id, onHand, reserved, onHand - reserved));
    }

}
