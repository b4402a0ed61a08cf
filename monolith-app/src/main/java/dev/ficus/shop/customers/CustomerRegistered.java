package dev.ficus.shop.customers;

/** A new customer signed up. */
public record CustomerRegistered(long customerId, String name, String email) {
}
