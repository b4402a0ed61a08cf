package dev.ficus.shop.customers;

import java.util.Optional;

/**
 * What other modules may ask about customers; maps onto {@code GET /api/customers/{id}}.
 */
public interface Customers {

    Optional<CustomerDetails> findCustomer(long customerId);

}
