package dev.ficus.shop.notifications.internal;

import org.jspecify.annotations.Nullable;

/** A notification as {@code GET /api/notifications?customerId=} returns it. */
record NotificationDto(long id, long customerId, @Nullable Long orderId, String type, String recipient, String message) {
}
