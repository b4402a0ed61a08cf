package dev.ficus.shop.customers;

/** A customer as other modules and {@code GET /api/customers/{id}} see it. */
public record CustomerDetails(long id, String name, String email) {
}
