package dev.ficus.contract;

import static dev.ficus.contract.ContractCase.get;
import static dev.ficus.contract.ContractCase.send;

import dev.ficus.shop.api.inventory.ReservationLine;
import dev.ficus.shop.api.inventory.StockLevelDto;
import dev.ficus.shop.api.inventory.StockReservationDto;
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
 * The {@code /api/inventory/reservations/**} contract (what the order process needs:
 * reserve, commit and release stock for an order, idempotent by order id), run against
 * the monolith and the inventory service. It works on products 11 to 14 and order ids
 * from 9001, which no other contract case touches.
 */
@ExtendWith(DeploymentsExtension.class)
class InventoryReservationContractTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String RESERVATIONS = "/api/inventory/reservations";

    @TestFactory
    Stream<DynamicTest> reservationsAnswerAlikeEverywhere(Deployments deployments) {
        return new ContractRun(JSON, List.of(deployments.monolith(), deployments.inventoryService())).tests(cases());
    }

    static List<ContractCase> cases() {
        String first = request(9001, "{\"productId\":11,\"quantity\":2},{\"productId\":12,\"quantity\":1}");
        JsonNode firstReserved = reservation(9001, StockReservationDto.RESERVED, line(11, 2), line(12, 1));
        String twoLinesOneProduct = request(9002,
                "{\"productId\":13,\"quantity\":1},{\"productId\":13,\"quantity\":2}");
        return List.of(send("reservesStockForAnOrder", "POST", RESERVATIONS, first, 200).expecting(firstReserved),
                get("showsReservedUnitsInStock", "/api/inventory/11", 200).expecting(seededWith(11, 0, 2)),
                send("repeatedReservationAnswersTheSame", "POST", RESERVATIONS, first, 200).expecting(firstReserved),
                get("repeatedReservationReservesNothingMore", "/api/inventory/11", 200).expecting(seededWith(11, 0, 2)),
                get("returnsReservationOfOrder", RESERVATIONS + "/9001", 200).expecting(firstReserved),
                send("addsUpLinesForTheSameProduct", "POST", RESERVATIONS, twoLinesOneProduct, 200)
                    .expecting(reservation(9002, StockReservationDto.RESERVED, line(13, 3))),
                send("refusesReservationBeyondAvailable", "POST", RESERVATIONS,
                        request(9003, "{\"productId\":14,\"quantity\":100000}"), 409),
                send("refusesWholeReservationWhenOneLineCannotBeServed", "POST", RESERVATIONS,
                        request(9004, "{\"productId\":12,\"quantity\":1},{\"productId\":14,\"quantity\":100000}"), 409),
                get("keepsNothingOfARefusedReservation", "/api/inventory/12", 200).expecting(seededWith(12, 0, 1)),
                get("answersNotFoundForRefusedReservation", RESERVATIONS + "/9004", 404),
                send("answersNotFoundForUnknownProductInReservation", "POST", RESERVATIONS,
                        request(9005, "{\"productId\":999999,\"quantity\":1}"), 404),
                send("rejectsReservationWithoutLines", "POST", RESERVATIONS, request(9006, ""), 400),
                send("rejectsReservationWithoutOrderId", "POST", RESERVATIONS,
                        "{\"lines\":[{\"productId\":11,\"quantity\":1}]}", 400),
                send("rejectsReservationOfZeroUnits", "POST", RESERVATIONS,
                        request(9007, "{\"productId\":11,\"quantity\":0}"), 400),
                send("commitsReservation", "POST", RESERVATIONS + "/9001/commit", null, 200)
                    .expecting(reservation(9001, StockReservationDto.COMMITTED, line(11, 2), line(12, 1))),
                get("commitTakesUnitsOutOfStock", "/api/inventory/11", 200).expecting(seededWith(11, -2, 0)),
                send("repeatedCommitAnswersTheSame", "POST", RESERVATIONS + "/9001/commit", null, 200)
                    .expecting(reservation(9001, StockReservationDto.COMMITTED, line(11, 2), line(12, 1))),
                get("repeatedCommitTakesNothingMore", "/api/inventory/11", 200).expecting(seededWith(11, -2, 0)),
                send("releasesReservation", "POST", RESERVATIONS + "/9002/release", null, 200)
                    .expecting(reservation(9002, StockReservationDto.RELEASED, line(13, 3))),
                get("releaseGivesUnitsBack", "/api/inventory/13", 200).expecting(seededWith(13, 0, 0)),
                send("reservationAfterReleaseReservesNothing", "POST", RESERVATIONS, twoLinesOneProduct, 200)
                    .expecting(reservation(9002, StockReservationDto.RELEASED, line(13, 3))),
                get("releasedOrderKeepsItsUnitsFree", "/api/inventory/13", 200).expecting(seededWith(13, 0, 0)),
                get("answersNotFoundForUnknownReservation", RESERVATIONS + "/424242", 404),
                send("answersNotFoundWhenCommittingUnknownReservation", "POST", RESERVATIONS + "/424242/commit", null,
                        404),
                send("answersNotFoundWhenReleasingUnknownReservation", "POST", RESERVATIONS + "/424242/release", null,
                        404));
    }

    private static String request(long orderId, String lines) {
        return "{\"orderId\":" + orderId + ",\"lines\":[" + lines + "]}";
    }

    private static ReservationLine line(long productId, int quantity) {
        return new ReservationLine(productId, quantity);
    }

    private static JsonNode reservation(long orderId, String status, ReservationLine... lines) {
        return JSON.valueToTree(new StockReservationDto(orderId, status, List.of(lines)));
    }

    /**
     * The seeded stock of {@code id} with {@code onHandChange} applied and
     * {@code reserved} more units reserved.
     */
    private static JsonNode seededWith(long id, int onHandChange, int reserved) {
        SeedProduct seed = SeedData.product(id);
        int onHand = seed.onHand() + onHandChange;
        int allReserved = seed.reserved() + reserved;
        return JSON.valueToTree(new StockLevelDto(id, onHand, allReserved, onHand - allReserved));
    }

}
