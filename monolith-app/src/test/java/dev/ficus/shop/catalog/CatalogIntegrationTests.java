package dev.ficus.shop.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.shop.ScenarioTimeout;
import dev.ficus.shop.api.MoneyDto;
import dev.ficus.shop.api.catalog.NewProductRequest;
import dev.ficus.shop.api.catalog.ProductCreated;
import dev.ficus.shop.api.catalog.ProductDto;
import dev.ficus.shop.api.seed.SeedData;
import dev.ficus.shop.api.seed.SeedProduct;
import dev.ficus.shop.catalog.internal.CatalogManagement;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

/**
 * The catalog on its own: seeded from the shared seed data, announcing every new product.
 */
@ApplicationModuleTest
@ExtendWith(ScenarioTimeout.class)
class CatalogIntegrationTests {

    @Autowired
    private CatalogManagement catalog;

    @Test
    void announcesANewProductWithItsCatalogId(Scenario scenario) {
        MoneyDto price = new MoneyDto(new BigDecimal("19.90"), "EUR");
        NewProductRequest teapot = new NewProductRequest("TEA-1", "Teapot", "Cast iron", "kitchen", price);

        scenario.stimulate(() -> catalog.addProduct(teapot))
            .andWaitForEventOfType(ProductCreated.class)
            .matching(event -> event.sku().equals("TEA-1"))
            .toArriveAndVerify(event -> {
                assertThat(event.price()).isEqualTo(price);
                assertThat(catalog.findProduct(event.productId()))
                    .contains(new ProductDto(event.productId(), "TEA-1", "Teapot", "Cast iron", "kitchen", price));
            });
    }

    @Test
    void addsProductsThatConcurrentRequestsPutInTheSameNewCategory() throws Exception {
        MoneyDto price = new MoneyDto(new BigDecimal("1.00"), "EUR");
        ExecutorService requests = Executors.newFixedThreadPool(8);
        try {
            for (int round = 0; round < 5; round++) {
                String category = "race-" + round;
                CyclicBarrier together = new CyclicBarrier(8);
                List<Future<ProductDto>> added = new ArrayList<>();
                for (int k = 0; k < 8; k++) {
                    String sku = "RACE-" + round + "-" + k;
                    added.add(requests.submit(() -> {
                        together.await();
                        return catalog.addProduct(new NewProductRequest(sku, sku, "raced", category, price));
                    }));
                }
                for (Future<ProductDto> product : added) {
                    assertThat(product.get(30, TimeUnit.SECONDS).category()).isEqualTo(category);
                }
            }
        }
        finally {
            requests.shutdownNow();
        }
    }

    @Test
    void servesTheSharedSeedProductsUnderTheirIds() {
        SeedProduct seed = SeedData.product(7);

        assertThat(catalog.findProduct(7))
            .contains(new ProductDto(7, seed.sku(), seed.name(), seed.description(), seed.category(), seed.price()));
        assertThat(catalog.listProducts(0, 5).content()).extracting(ProductDto::id).containsExactly(1L, 2L, 3L, 4L, 5L);
    }

}
