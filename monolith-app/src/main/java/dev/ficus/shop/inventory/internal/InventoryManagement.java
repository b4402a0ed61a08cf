package dev.ficus.shop.inventory.internal;

import dev.ficus.shop.api.inventory.StockChanged;
import dev.ficus.shop.api.inventory.StockLevelDto;
import dev.ficus.shop.api.inventory.StockReservationDto;
import dev.ficus.shop.api.inventory.StockReservationRequest;
import dev.ficus.shop.catalog.Catalog;
import dev.ficus.shop.catalog.ProductNotFoundException;
import dev.ficus.shop.inventory.InsufficientStockException;
import dev.ficus.shop.inventory.Inventory;
import dev.ficus.shop.inventory.StockItem;
import dev.ficus.shop.inventory.StockReserved;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stock levels and reservations. A product the catalog knows but that never had stock
 * counts as zero on hand; a product the catalog does not know is a 404.
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

    /**
     * {@inheritDoc} Idempotent by order: when the order has a reservation already,
     * nothing more is reserved. Lines for the same product are added up.
     */
    @Override
    public void reserve(long orderId, List<StockItem> items) {
        outage.check();
        if (hasReservation(orderId)) {
            return;
        }
        // Lock rows in product order so that concurrent orders cannot deadlock each
        // other.
        List<StockItem> merged = StockItem.merge(items);
        List<Stock> locked = merged.stream().map(item -> lockedStock(item.productId())).toList();
        // Asked again under the locks: a concurrent call for the same order that got them
        // first has committed its
        // reservation by now, and this call must answer it instead of reserving twice.
        if (hasReservation(orderId)) {
            return;
        }
        for (int i = 0; i < merged.size(); i++) {
            StockItem item = merged.get(i);
            Stock stock = locked.get(i);
            if (stock.available() < item.quantity()) {
                throw new InsufficientStockException(item.productId(), item.quantity(), stock.available());
            }
            stock.reserve(item.quantity());
            reservations.save(new Reservation(orderId, item.productId(), item.quantity()));
            changed(stock);
        }
        events.publishEvent(new StockReserved(orderId, merged));
    }

    @Override
    public void commit(long orderId) {
        settle(orderId, StockReservationDto.COMMITTED, Stock::commit);
    }

    @Override
    public void release(long orderId) {
        settle(orderId, StockReservationDto.RELEASED, Stock::release);
    }

    /**
     * {@code POST /api/inventory/reservations}: reserves (once per order) and answers the
     * order's reservation.
     */
    public StockReservationDto reserve(StockReservationRequest request) {
        reserve(request.orderId(),
                request.lines().stream().map(line -> new StockItem(line.productId(), line.quantity())).toList());
        return reservation(request.orderId()).orElseThrow();
    }

    /**
     * Commits ({@code COMMITTED}) or releases ({@code RELEASED}) the order's reservation
     * and answers it.
     */
    public StockReservationDto settle(long orderId, String outcome) {
        reservation(orderId).orElseThrow(() -> new ReservationNotFoundException(orderId));
        if (StockReservationDto.COMMITTED.equals(outcome)) {
            commit(orderId);
        }
        else {
            release(orderId);
        }
        return reservation(orderId).orElseThrow();
    }

    /** The order's reservation with its state, if it ever had one. */
    @Transactional(readOnly = true)
    public Optional<StockReservationDto> reservation(long orderId) {
        outage.check();
        List<Reservation> rows = reservations.findByOrderIdOrderByProductId(orderId);
        return rows.isEmpty() ? Optional.empty() : Optional.of(Reservation.toDto(orderId, rows));
    }

    /**
     * Applies the order's held reservations to stock and marks them settled, so a
     * repeated call changes nothing.
     */
    private void settle(long orderId, String outcome, BiConsumer<Stock, Integer> action) {
        outage.check();
        for (Reservation reservation : reservations.findByOrderIdOrderByProductId(orderId)) {
            // settled here only if still held in the database: two calls for the order at
            // once (a redelivered event, a retried request) both saw it held when they
            // read it
            if (reservation.held()
                    && reservations.settleIfHeld(reservation.id(), outcome, StockReservationDto.RESERVED) == 1) {
                Stock stock = lockedStock(reservation.productId());
                action.accept(stock, reservation.quantity());
                changed(stock);
            }
        }
    }

    private boolean hasReservation(long orderId) {
        return !reservations.findByOrderIdOrderByProductId(orderId).isEmpty();
    }

    private Stock lockedStock(long productId) {
        return stocks.findForUpdate(productId).orElseGet(() -> {
            requireKnownProduct(productId);
            return stocks.save(new Stock(productId, 0, 0));
        });
    }

    private void requireKnownProduct(long productId) {
        if (!catalog.contains(productId)) {
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
