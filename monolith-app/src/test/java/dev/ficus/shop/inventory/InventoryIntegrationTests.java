package dev.ficus.shop.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ficus.shop.ScenarioTimeout;
import dev.ficus.shop.api.inventory.StockChanged;
import dev.ficus.shop.api.inventory.StockLevelDto;
import dev.ficus.shop.api.seed.SeedData;
import dev.ficus.shop.api.seed.SeedProduct;
import dev.ficus.shop.inventory.internal.InventoryManagement;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * Inventory with the catalog it checks products against: reservations, their settlement
 * and stock events.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
@ExtendWith(ScenarioTimeout.class)
class InventoryIntegrationTests {

    @Autowired
    private InventoryManagement inventory;

    @Test
    void reservesStockForAnOrderAndAnnouncesIt(Scenario scenario) {
        SeedProduct product = SeedData.product(3);

        scenario.stimulate(() -> inventory.reserve(100, List.of(new StockItem(3, 2))))
            .andWaitForEventOfType(StockReserved.class)
            .matching(event -> event.orderId() == 100)
            .toArriveAndVerify(event -> {
                assertThat(event.items()).containsExactly(new StockItem(3, 2));
                assertThat(inventory.stockLevel(3))
                    .isEqualTo(new StockLevelDto(3, product.onHand(), 2, product.onHand() - 2));
            });
    }

    @Test
    void takesCommittedStockOutAndGivesReleasedStockBack() {
        SeedProduct shipped = SeedData.product(4);
        SeedProduct cancelled = SeedData.product(6);
        inventory.reserve(200, List.of(new StockItem(4, 3)));
        inventory.reserve(201, List.of(new StockItem(6, 1)));

        inventory.commit(200);
        inventory.release(201);
        inventory.commit(200);

        assertThat(inventory.stockLevel(4))
            .isEqualTo(new StockLevelDto(4, shipped.onHand() - 3, 0, shipped.onHand() - 3));
        assertThat(inventory.stockLevel(6)).isEqualTo(new StockLevelDto(6, cancelled.onHand(), 0, cancelled.onHand()));
    }

    @Test
    void takesStockOutOnceWhenSeveralCommitsOfAnOrderRace() throws Exception {
        SeedProduct shipped = SeedData.product(5);
        inventory.reserve(202, List.of(new StockItem(5, 2)));
        int racers = 6;
        CyclicBarrier start = new CyclicBarrier(racers);
        ExecutorService threads = Executors.newFixedThreadPool(racers);
        try {
            List<Future<Object>> commits = IntStream.range(0, racers).mapToObj(racer -> threads.submit(() -> {
                start.await();
                inventory.commit(202);
                return null;
            })).toList();
            for (Future<Object> commit : commits) {
                commit.get(30, TimeUnit.SECONDS);
            }
        }
        finally {
            threads.shutdownNow();
        }

        assertThat(inventory.stockLevel(5)).isEqualTo(new StockLevelDto(5, shipped.onHand() - 2, shipped.reserved(),
                shipped.onHand() - 2 - shipped.reserved()));
    }

    @Test
    void refusesToReserveMoreThanIsAvailableAndReservesNothing() {
        SeedProduct plenty = SeedData.product(7);
        SeedProduct scarce = SeedData.product(8);
        int available = scarce.onHand() - scarce.reserved();

        assertThatThrownBy(() -> inventory.reserve(300, List.of(new StockItem(7, 1), new StockItem(8, available + 1))))
            .isInstanceOfSatisfying(InsufficientStockException.class, e -> assertThat(e.getBody().getDetail())
                .isEqualTo("Insufficient stock for product 8: requested %d, available %d", available + 1, available));
        assertThat(inventory.stockLevel(7).reserved()).isEqualTo(plenty.reserved());
    }

    @Test
    void announcesEveryStockChange(Scenario scenario) {
        scenario.stimulate(() -> inventory.setStock(9, 77))
            .andWaitForEventOfType(StockChanged.class)
            .matching(event -> event.productId() == 9)
            .toArriveAndVerify(event -> assertThat(event.onHand()).isEqualTo(77));
    }

}
