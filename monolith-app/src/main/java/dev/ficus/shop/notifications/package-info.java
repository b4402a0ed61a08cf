/**
 * Notifications: only listens. Tells customers about sign-up, placed, shipped and
 * cancelled orders (the "email" is a log line and a row in
 * {@code notifications_notification}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notifications",
        allowedDependencies = { "customers", "orders", "shipping" })
@NullMarked
package dev.ficus.shop.notifications;

import org.jspecify.annotations.NullMarked;
