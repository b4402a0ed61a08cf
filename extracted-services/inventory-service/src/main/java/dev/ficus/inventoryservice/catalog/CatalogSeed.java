package dev.ficus.inventoryservice.catalog;

import dev.ficus.shop.api.seed.SeedData;
import dev.ficus.shop.catalog.CatalogSeeded;
import java.util.stream.LongStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Knows the shared {@link SeedData} products {@code 1..n} that the catalog service seeds,
 * in an empty inventory, and announces {@link CatalogSeeded} as the monolith's catalog
 * does, so that the inventory module's own stock seeder gives them their stock before the
 * service reports ready; {@code ficus.seed.products=0} turns it off.
 */
@Component
class CatalogSeed implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CatalogSeed.class);

    private final KnownProducts products;

    private final ApplicationEventPublisher events;

    private final int productCount;

    CatalogSeed(KnownProducts products, ApplicationEventPublisher events,
            @Value("${ficus.seed.products:" + SeedData.DEFAULT_PRODUCT_COUNT + "}") int productCount) {
        this.products = products;
        this.events = events;
        this.productCount = productCount;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (productCount == 0 || products.count() > 0) {
            return;
        }
        LongStream.rangeClosed(1, productCount).forEach(products::add);
        events.publishEvent(new CatalogSeeded(1, productCount));
        LOG.info("Seeded stock of {} products", productCount);
    }

}
