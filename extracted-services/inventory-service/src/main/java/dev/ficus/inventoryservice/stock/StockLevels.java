package dev.ficus.inventoryservice.stock;

import dev.ficus.inventoryservice.sync.InventoryEvents;
import dev.ficus.shop.api.inventory.ReservationLine;
import dev.ficus.shop.api.inventory.StockLevelDto;
import dev.ficus.shop.api.inventory.StockReservationDto;
import dev.ficus.shop.api.inventory.StockReservationRequest;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The inventory's use cases: read and set stock, reserve it for orders, and learn about new products. */
@Service
public class StockLevels {

    private final StockRepository stock;
    private final ReservationRepository reservations;
    private final KnownProducts knownProducts;
    private final InventoryEvents events;

    StockLevels(StockRepository stock, ReservationRepository reservations, KnownProducts knownProducts,
            InventoryEvents events) {
        this.stock = stock;
        this.reservations = reservations;
        this.knownProducts = knownProducts;
        this.events = events;
    }

    /** Stock of {@code productId}, zero for a known product without stock, a 404 problem for an unknown one. */
    @Transactional(readOnly = true)
    public StockLevelDto level(long productId) {
        return stock.findById(productId).map(Stock::toDto).orElseGet(() -> {
            requireKnown(productId);
            return Stock.empty(productId);
        });
    }

    /** Sets the quantity on hand (409 problem below the reserved quantity) and records a {@code StockChanged}. */
    @Transactional
    public StockLevelDto setOnHand(long productId, int onHand) {
        Stock found = lockedStock(productId);
        found.setOnHand(onHand);
        return changed(found);
    }

    /**
     * Reserves every line for the order, all or nothing (409 problem on too little stock, 404 for an unknown
     * product); an order that has a reservation already gets it back unchanged.
     */
    @Transactional
    public StockReservationDto reserve(StockReservationRequest request) {
        long orderId = request.orderId();
        List<Reservation> existing = reservations.findByOrderIdOrderByProductId(orderId);
        if (!existing.isEmpty()) {
            return Reservation.toDto(orderId, existing);
        }
        // product order, so that concurrent reservations lock stock rows in the same order and cannot deadlock
        Map<Long, Integer> quantities = request.lines().stream().collect(Collectors.toMap(
                ReservationLine::productId, ReservationLine::quantity, Integer::sum, TreeMap::new));
        quantities.forEach((productId, quantity) -> {
            Stock found = lockedStock(productId);
            if (found.available() < quantity) {
                throw new InsufficientStockException(productId, quantity, found.available());
            }
            found.reserve(quantity);
            reservations.save(new Reservation(orderId, productId, quantity));
            changed(found);
        });
        return Reservation.toDto(orderId, reservations.findByOrderIdOrderByProductId(orderId));
    }

    /** The order's reservation (404 problem if it never had one). */
    @Transactional(readOnly = true)
    public StockReservationDto reservation(long orderId) {
        List<Reservation> rows = reservations.findByOrderIdOrderByProductId(orderId);
        if (rows.isEmpty()) {
            throw new ReservationNotFoundException(orderId);
        }
        return Reservation.toDto(orderId, rows);
    }

    /** Takes the order's reserved units out of stock for good; again for the same order changes nothing. */
    @Transactional
    public StockReservationDto commit(long orderId) {
        return settle(orderId, StockReservationDto.COMMITTED, Stock::commit);
    }

    /** Gives the order's reserved units back; again for the same order changes nothing. */
    @Transactional
    public StockReservationDto release(long orderId) {
        return settle(orderId, StockReservationDto.RELEASED, Stock::release);
    }

    private StockReservationDto settle(long orderId, String outcome, BiConsumer<Stock, Integer> action) {
        List<Reservation> rows = reservations.findByOrderIdOrderByProductId(orderId);
        if (rows.isEmpty()) {
            throw new ReservationNotFoundException(orderId);
        }
        for (Reservation reservation : rows) {
            if (reservation.held()) {
                Stock found = lockedStock(reservation.productId());
                action.accept(found, reservation.quantity());
                reservation.settle(outcome);
                changed(found);
            }
        }
        return Reservation.toDto(orderId, rows);
    }

    private Stock lockedStock(long productId) {
        return stock.findForUpdate(productId).orElseGet(() -> {
            requireKnown(productId);
            return new Stock(productId);
        });
    }

    private StockLevelDto changed(Stock found) {
        StockLevelDto level = stock.saveAndFlush(found).toDto();
        events.stockChanged(level);
        return level;
    }

    /** Starts tracking a product the catalog announced; {@code false} if it was known already. */
    @Transactional
    public boolean registerProduct(long productId) {
        return knownProducts.add(productId);
    }

    /** How many products the inventory knows. */
    @Transactional(readOnly = true)
    public long knownProductCount() {
        return knownProducts.count();
    }

    private void requireKnown(long productId) {
        if (!knownProducts.contains(productId)) {
            throw new UnknownProductException(productId);
        }
    }
}
