/**
 * Customers: who buys. Other modules look customers up through
 * {@link dev.ficus.shop.customers.Customers}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers")
@NullMarked
package dev.ficus.shop.customers;

import org.jspecify.annotations.NullMarked;
