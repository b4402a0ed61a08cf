/**
 * Customers: who buys. Other modules look customers up through
 * {@link dev.ficus.shop.customers.Customers}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Customers")
package dev.ficus.shop.customers;
