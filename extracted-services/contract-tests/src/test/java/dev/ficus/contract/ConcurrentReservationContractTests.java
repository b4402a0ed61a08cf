package dev.ficus.contract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.shop.api.inventory.ReservationLine;
import dev.ficus.shop.api.inventory.StockLevelDto;
import dev.ficus.shop.api.inventory.StockReservationDto;
import dev.ficus.shop.api.seed.SeedData;
import dev.ficus.shop.api.seed.SeedProduct;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Identical reservations for one order sent at the same moment (a client retrying while
 * its first call is still running, or the gateway shadowing a call) are one reservation:
 * every caller gets the winner's answer and the stock is reserved once, in the monolith
 * and in the inventory service alike. Works on products 15 and 16 and order ids from
 * 9101, which no other contract case touches.
 */
@ExtendWith(DeploymentsExtension.class)
class ConcurrentReservationContractTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final int CALLERS = 8;

    private static final int ORDERS = 5;

    private static final long FIRST_ORDER = 9101;

    static Stream<String> deployments() {
        return Stream.of("monolith", "inventory-service");
    }

    @ParameterizedTest
    @MethodSource("deployments")
    void concurrentIdenticalReservationsReserveOnceAndAnswerAlike(String deployment, Deployments deployments)
            throws Exception {
        AppProcess target = "monolith".equals(deployment) ? deployments.monolith() : deployments.inventoryService();
        ContractClient client = new ContractClient(JSON);

        for (long orderId = FIRST_ORDER; orderId < FIRST_ORDER + ORDERS; orderId++) {
            ContractCase reserve = ContractCase.send(
                    "reserve", "POST", "/api/inventory/reservations", "{\"orderId\":" + orderId
                            + ",\"lines\":[{\"productId\":16,\"quantity\":1}," + "{\"productId\":15,\"quantity\":2}]}",
                    200);
            JsonNode reserved = JSON.valueToTree(new StockReservationDto(orderId, StockReservationDto.RESERVED,
                    List.of(new ReservationLine(15L, 2), new ReservationLine(16L, 1))));

            List<Answer> answers = sendAtOnce(client, target, reserve);

            assertThat(answers)
                .as("answers of %s to %d identical reservations of order %d", target.name(), CALLERS, orderId)
                .hasSize(CALLERS)
                .allSatisfy(answer -> {
                    assertThat(answer.status()).as("status, body %s", answer.body()).isEqualTo(200);
                    assertThat(JsonDifferences.between(reserved, answer.body())).as("body").isEmpty();
                });
        }
        assertThat(JsonDifferences.between(seededWith(15, 2 * ORDERS), stock(client, target, 15))).isEmpty();
        assertThat(JsonDifferences.between(seededWith(16, ORDERS), stock(client, target, 16))).isEmpty();
    }

    private static List<Answer> sendAtOnce(ContractClient client, AppProcess target, ContractCase request)
            throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(CALLERS);
        try {
            CountDownLatch ready = new CountDownLatch(CALLERS);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Answer>> pending = new ArrayList<>();
            for (int i = 0; i < CALLERS; i++) {
                pending.add(callers.submit(() -> {
                    ready.countDown();
                    go.await();
                    return client.send(target, request);
                }));
            }
            assertThat(ready.await(10, TimeUnit.SECONDS)).as("callers ready").isTrue();
            go.countDown();
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> answer : pending) {
                answers.add(answer.get(60, TimeUnit.SECONDS));
            }
            return answers;
        }
        finally {
            callers.shutdownNow();
        }
    }

    private static JsonNode stock(ContractClient client, AppProcess target, long productId) {
        Answer answer = client.send(target, ContractCase.get("stock", "/api/inventory/" + productId, 200));
        assertThat(answer.status()).as("stock of product %d at %s", productId, target.name()).isEqualTo(200);
        return answer.body();
    }

    /** The seeded stock of {@code id} with {@code reserved} more units reserved. */
    private static JsonNode seededWith(long id, int reserved) {
        SeedProduct seed = SeedData.product(id);
        int allReserved = seed.reserved() + reserved;
        return JSON.valueToTree(new StockLevelDto(id, seed.onHand(), allReserved, seed.onHand() - allReserved));
    }

}
