package dev.ficus.shop.inventory.internal;

import dev.ficus.shop.api.inventory.StockChanged;
import dev.ficus.shop.api.inventory.StockLevelDto;
import dev.ficus.shop.catalog.Catalog;
import dev.ficus.shop.catalog.ProductNotFoundException;
import dev.ficus.shop.inventory.InsufficientStockException;
import dev.ficus.shop.inventory.Inventory;
import dev.ficus.shop.inventory.StockItem;
import dev.ficus.shop.inventory.StockReserved;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock levels and reservations. A product the catalog knows but that never had stock counts as zero on hand;
 * a product the catalog does not know is a 404.
 */
@Service
@Transactional
public class InventoryManagement implements Inventory {

    private final StockRepository stocks;
    private final ReservationRepository reservations;
    private final Catalog catalog;
    private final ApplicationEventPublisher events;
    private final InventoryOutage outage;

    InventoryManagement(StockRepository stocks, ReservationRepository reservations, Catalog catalog,
            ApplicationEventPublisher events, InventoryOutage outage) {
        this.stocks = stocks;
        this.reservations = reservations;
        this.catalog = catalog;
        this.events = events;
        this.outage = outage;
    }

    @Transactional(readOnly = true)
    public StockLevelDto stockLevel(long productId) {
        outage.check();
        return stocks.findById(productId).map(Stock::toDto).orElseGet(() -> {
            requireKnownProduct(productId);
            return new StockLevelDto(productId, 0, 0, 0);
        });
    }

    /** Sets the units on hand; never below what is reserved. */
    public StockLevelDto setStock(long productId, int onHand) {
        outage.check();
        Stock stock = lockedStock(productId);
        stock.setOnHand(onHand);
        return changed(stock);
    }

    @Override
    public void reserve(long orderId, List<StockItem> items) {
        outage.check();
        // Lock rows in product order so that concurrent orders cannot deadlock each other.
        items.stream().sorted(Comparator.comparingLong(StockItem::productId)).forEach(item -> {
            Stock stock = lockedStock(item.productId());
            if (stock.available() < item.quantity()) {
                throw new InsufficientStockException(item.productId(), item.quantity(), stock.available());
            }
            stock.reserve(item.quantity());
            reservations.save(new Reservation(orderId, item.productId(), item.quantity()));
            changed(stock);
        });
        events.publishEvent(new StockReserved(orderId, items));
    }

    @Override
    public void commit(long orderId) {
        settle(orderId, Stock::commit);
    }

    @Override
    public void release(long orderId) {
        settle(orderId, Stock::release);
    }

    /** Applies the order's reservations to stock and forgets them, so a repeated call changes nothing. */
    private void settle(long orderId, BiConsumer<Stock, Integer> action) {
        List<Reservation> held = reservations.findByOrderIdOrderByProductId(orderId);
        for (Reservation reservation : held) {
            Stock stock = lockedStock(reservation.productId());
            action.accept(stock, reservation.quantity());
            changed(stock);
        }
        reservations.deleteAll(held);
    }

    private Stock lockedStock(long productId) {
        return stocks.findForUpdate(productId).orElseGet(() -> {
            requireKnownProduct(productId);
            return stocks.save(new Stock(productId, 0, 0));
        });
    }

    private void requireKnownProduct(long productId) {
        if (catalog.findProduct(productId).isEmpty()) {
            throw new ProductNotFoundException(productId);
        }
    }

    private StockLevelDto changed(Stock stock) {
        StockLevelDto level = stock.toDto();
        events.publishEvent(new StockChanged(UUID.randomUUID(), level.productId(), level.onHand(), level.reserved(),
                Instant.now()));
        return level;
    }
}
