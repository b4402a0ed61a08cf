package dev.ficus.shop.orders.internal;

import dev.ficus.shop.catalog.Catalog;
import dev.ficus.shop.catalog.Money;
import dev.ficus.shop.catalog.ProductNotFoundException;
import dev.ficus.shop.customers.CustomerNotFoundException;
import dev.ficus.shop.customers.Customers;
import dev.ficus.shop.inventory.Inventory;
import dev.ficus.shop.inventory.StockItem;
import dev.ficus.shop.orders.OrderPlaced;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Places orders: checks the customer, prices each line through {@link Catalog} and
 * reserves the stock through {@link Inventory} in one transaction, so an order that
 * cannot be served leaves nothing behind.
 */
@Service
@Transactional
public class OrderManagement {

    private static final Logger LOG = LoggerFactory.getLogger(OrderManagement.class);

    private final OrderRepository orders;

    private final Customers customers;

    private final Catalog catalog;

    private final Inventory inventory;

    private final ApplicationEventPublisher events;

    OrderManagement(OrderRepository orders, Customers customers, Catalog catalog, Inventory inventory,
            ApplicationEventPublisher events) {
        this.orders = orders;
        this.customers = customers;
        this.catalog = catalog;
        this.inventory = inventory;
        this.events = events;
    }

    /** Places an order for the items; lines for the same product are added up. */
    public OrderDto place(long customerId, List<StockItem> items) {
        if (customers.findCustomer(customerId).isEmpty()) {
            throw new CustomerNotFoundException(customerId);
        }
        List<StockItem> merged = StockItem.merge(items);
        List<OrderLine> lines = merged.stream()
            .map(item -> new OrderLine(item.productId(), item.quantity(), priceOf(item.productId())))
            .toList();
        Order order = orders.save(Order.place(customerId, lines, Instant.now()));
        inventory.reserve(order.id(), merged);
        events.publishEvent(new OrderPlaced(order.id(), customerId, order.total()));
        LOG.info("Order {} placed for customer {}, total {}", order.id(), customerId, order.total());
        return order.toDto();
    }

    @Transactional(readOnly = true)
    public OrderDto find(long orderId) {
        return orders.findById(orderId).map(Order::toDto).orElseThrow(() -> new OrderNotFoundException(orderId));
    }

    private Money priceOf(long productId) {
        return catalog.findProduct(productId)
            .map(product -> Money.of(product.price()))
            .orElseThrow(() -> new ProductNotFoundException(productId));
    }

}
