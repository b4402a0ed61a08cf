package dev.ficus.shop.inventory.internal;

import dev.ficus.shop.api.seed.SeedData;
import dev.ficus.shop.catalog.CatalogSeeded;
import java.util.stream.LongStream;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every seeded product the stock {@link SeedData} prescribes, in the seeding
 * transaction, so that a freshly started shop can take orders at once.
 */
@Component
class StockSeeder {

    private final StockRepository stocks;

    StockSeeder(StockRepository stocks) {
        this.stocks = stocks;
    }

    @EventListener
    void on(CatalogSeeded event) {
        stocks.saveAll(LongStream.rangeClosed(event.firstProductId(), event.lastProductId())
            .mapToObj(SeedData::product)
            .map(seed -> new Stock(seed.id(), seed.onHand(), seed.reserved()))
            .toList());
    }

}
