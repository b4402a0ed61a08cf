package dev.ficus.shop.orders.internal;

import dev.ficus.shop.inventory.Inventory;
import dev.ficus.shop.inventory.StockReserved;
import dev.ficus.shop.orders.OrderCancelled;
import dev.ficus.shop.payments.PaymentAuthorized;
import dev.ficus.shop.payments.PaymentDeclined;
import dev.ficus.shop.payments.PaymentRequest;
import dev.ficus.shop.payments.Payments;
import dev.ficus.shop.shipping.OrderShipped;
import dev.ficus.shop.shipping.Shipping;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The order process after placement, one step per event: reserved stock asks for payment,
 * authorised payment ships, a declined one cancels and releases the stock, a shipment
 * takes the stock out for good. Every step runs from the event publication registry, so a
 * step that fails is tried again on the next start.
 */
@Component
class OrderFulfilment {

    private final OrderRepository orders;

    private final Payments payments;

    private final Shipping shipping;

    private final Inventory inventory;

    private final ApplicationEventPublisher events;

    OrderFulfilment(OrderRepository orders, Payments payments, Shipping shipping, Inventory inventory,
            ApplicationEventPublisher events) {
        this.orders = orders;
        this.payments = payments;
        this.shipping = shipping;
        this.inventory = inventory;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(StockReserved event) {
        Order order = order(event.orderId());
        payments.authorize(new PaymentRequest(order.id(), order.customerId(), order.total()));
    }

    @ApplicationModuleListener
    void on(PaymentAuthorized event) {
        Order order = order(event.orderId());
        if (order.status() == OrderStatus.SHIPPED) {
            // delivered again after the order shipped (a redelivery of a slow first run):
            // nothing is left to do, and failing would leave the publication to be
            // retried
            // for ever
            return;
        }
        order.moveTo(OrderStatus.PAID);
        shipping.ship(event.orderId(), event.customerId());
    }

    @ApplicationModuleListener
    void on(PaymentDeclined event) {
        if (order(event.orderId()).moveTo(OrderStatus.CANCELLED)) {
            inventory.release(event.orderId());
            events.publishEvent(new OrderCancelled(event.orderId(), event.customerId(), event.reason()));
        }
    }

    @ApplicationModuleListener
    void on(OrderShipped event) {
        if (order(event.orderId()).ship(event.trackingNumber())) {
            inventory.commit(event.orderId());
        }
    }

    private Order order(long orderId) {
        return orders.findById(orderId).orElseThrow(() -> new OrderNotFoundException(orderId));
    }

}
