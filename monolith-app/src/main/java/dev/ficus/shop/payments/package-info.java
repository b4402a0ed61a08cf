/**
 * Payments: authorises order totals against a simulated provider with configurable
 * latency and failure rate, records every attempt, and announces the outcome as
 * {@code PaymentAuthorized} or {@code PaymentDeclined}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Payments", allowedDependencies = "catalog")
@NullMarked
package dev.ficus.shop.payments;

import org.jspecify.annotations.NullMarked;
