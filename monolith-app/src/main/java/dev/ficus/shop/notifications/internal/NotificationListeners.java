package dev.ficus.shop.notifications.internal;

import dev.ficus.shop.customers.CustomerRegistered;
import dev.ficus.shop.notifications.internal.Notification.Type;
import dev.ficus.shop.orders.OrderCancelled;
import dev.ficus.shop.orders.OrderPlaced;
import dev.ficus.shop.shipping.OrderShipped;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns the shop's events into customer notifications. */
@Component
class NotificationListeners {

    private final Notifier notifier;

    NotificationListeners(Notifier notifier) {
        this.notifier = notifier;
    }

    @ApplicationModuleListener
    void on(CustomerRegistered event) {
        notifier.send(event.customerId(), null, Type.WELCOME, "Welcome to Ficus Shop, " + event.name() + "!");
    }

    @ApplicationModuleListener
    void on(OrderPlaced event) {
        notifier.send(event.customerId(), event.orderId(), Type.ORDER_PLACED,
                "Order " + event.orderId() + " placed, total " + event.total());
    }

    @ApplicationModuleListener
    void on(OrderShipped event) {
        notifier.send(event.customerId(), event.orderId(), Type.ORDER_SHIPPED,
                "Order " + event.orderId() + " shipped, tracking number " + event.trackingNumber());
    }

    @ApplicationModuleListener
    void on(OrderCancelled event) {
        notifier.send(event.customerId(), event.orderId(), Type.ORDER_CANCELLED,
                "Order " + event.orderId() + " cancelled: " + event.reason());
    }

}
