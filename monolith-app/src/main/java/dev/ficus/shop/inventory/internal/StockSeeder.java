package dev.ficus.shop.inventory.internal;

import dev.ficus.shop.catalog.CatalogSeeded;
import java.util.stream.LongStream;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Gives every seeded demo product {@link #SEEDED_ON_HAND} units, in the seeding transaction, so that a freshly
 * started shop can take orders at once.
 */
@Component
class StockSeeder {

    static final int SEEDED_ON_HAND = 100;

    private final StockRepository stocks;

    StockSeeder(StockRepository stocks) {
        this.stocks = stocks;
    }

    @EventListener
    void on(CatalogSeeded event) {
        stocks.saveAll(LongStream.rangeClosed(event.firstProductId(), event.lastProductId())
                .mapToObj(productId -> new Stock(productId, SEEDED_ON_HAND)).toList());
    }
}
