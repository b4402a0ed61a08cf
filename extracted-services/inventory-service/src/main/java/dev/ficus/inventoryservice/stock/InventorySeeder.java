package dev.ficus.inventoryservice.stock;

import dev.ficus.shop.api.seed.SeedData;
import dev.ficus.shop.api.seed.SeedProduct;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Loads the stock of the shared {@link SeedData} products into an empty inventory before the service reports
 * ready, consistent with the catalog's seed; {@code ficus.seed.products=0} turns it off.
 */
@Component
class InventorySeeder implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(InventorySeeder.class);

    private final JdbcClient jdbc;
    private final int productCount;

    InventorySeeder(JdbcClient jdbc,
            @Value("${ficus.seed.products:" + SeedData.DEFAULT_PRODUCT_COUNT + "}") int productCount) {
        this.jdbc = jdbc;
        this.productCount = productCount;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        long existing = jdbc.sql("select count(*) from inventory_known_product").query(Long.class).single();
        if (productCount == 0 || existing > 0) {
            return;
        }
        for (SeedProduct product : SeedData.products(productCount)) {
            jdbc.sql("insert into inventory_known_product (product_id) values (?)").param(product.id()).update();
            jdbc.sql("insert into inventory_stock (product_id, on_hand, reserved) values (?, ?, ?)")
                    .params(product.id(), product.onHand(), product.reserved())
                    .update();
        }
        log.info("Seeded stock of {} products", productCount);
    }
}
