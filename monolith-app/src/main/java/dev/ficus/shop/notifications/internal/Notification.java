package dev.ficus.shop.notifications.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Comparator;

/** A message sent to a customer. */
@Entity
@Table(name = "notifications_notification")
class Notification {

    /** What the message was about. */
    enum Type {

        WELCOME, ORDER_PLACED, ORDER_SHIPPED, ORDER_CANCELLED

    }

    /**
     * A customer's notifications as their story went: the welcome, then each order's in
     * the order its life goes (placed before shipped), whichever listener wrote first.
     * The listeners run asynchronously, so the ids alone may put an order's shipment
     * before its placement.
     */
    static final Comparator<Notification> AS_THE_STORY_WENT = Comparator
        .comparing((Notification notification) -> notification.orderId,
                Comparator.nullsFirst(Comparator.naturalOrder()))
        .thenComparing(notification -> notification.type)
        .thenComparing(notification -> notification.id);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long customerId;

    private @org.jspecify.annotations.Nullable Long orderId;

    @Enumerated(EnumType.STRING)
    private Type type;

    private String recipient;

    private String message;

    private Instant sentAt;

    protected Notification() {
    }

    Notification(long customerId, @org.jspecify.annotations.Nullable Long orderId, Type type, String recipient,
            String message, Instant sentAt) {
        this.customerId = customerId;
        this.orderId = orderId;
        this.type = type;
        this.recipient = recipient;
        this.message = message;
        this.sentAt = sentAt;
    }

    NotificationDto toDto() {
        return new NotificationDto(id, customerId, orderId, type.name(), recipient, message);
    }

}
