package dev.ficus.shop.notifications.internal;

import dev.ficus.shop.customers.CustomerDetails;
import dev.ficus.shop.customers.Customers;
import dev.ficus.shop.notifications.internal.Notification.Type;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sends a message to a customer: looks up the address, logs the "email" and keeps a
 * record of it.
 */
@Component
class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);

    private final Customers customers;

    private final NotificationRepository notifications;

    Notifier(Customers customers, NotificationRepository notifications) {
        this.customers = customers;
        this.notifications = notifications;
    }

    void send(long customerId, @org.jspecify.annotations.Nullable Long orderId, Type type, String message) {
        String recipient = customers.findCustomer(customerId)
            .map(CustomerDetails::email)
            .orElse("customer-" + customerId + "@unknown.invalid");
        LOG.info("Notification {} to {}: {}", type, recipient, message);
        notifications.save(new Notification(customerId, orderId, type, recipient, message, Instant.now()));
    }

    @Transactional(readOnly = true)
    List<NotificationDto> sentTo(long customerId) {
        return notifications.findByCustomerIdOrderById(customerId)
            .stream()
            .sorted(Notification.AS_THE_STORY_WENT)
            .map(Notification::toDto)
            .toList();
    }

}
