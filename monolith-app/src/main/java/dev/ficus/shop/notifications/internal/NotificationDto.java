package dev.ficus.shop.notifications.internal;

/** A notification as {@code GET /api/notifications?customerId=} returns it. */
record NotificationDto(long id, long customerId, @org.jspecify.annotations.Nullable Long orderId, String type,
        String recipient, String message) {
}
