/**
 * Orders: takes orders and drives each through its lifecycle (placed, paid, shipped or
 * cancelled). Reads prices from the catalog and reserves stock synchronously through
 * their module APIs; payment and shipping follow through events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Orders",
        allowedDependencies = { "catalog", "customers", "inventory", "payments", "shipping" })
@NullMarked
package dev.ficus.shop.orders;

import org.jspecify.annotations.NullMarked;
