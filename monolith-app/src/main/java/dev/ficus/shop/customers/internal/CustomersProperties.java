package dev.ficus.shop.customers.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Customer settings ({@code ficus.shop.customers.*}).
 *
 * @param seedCustomers how many demo customers an empty shop gets on start (ids 1..n)
 */
@ConfigurationProperties("ficus.shop.customers")
record CustomersProperties(@DefaultValue("200") int seedCustomers) {

    CustomersProperties {
        if (seedCustomers < 0) {
            throw new IllegalArgumentException("ficus.shop.customers.seed-customers must not be negative");
        }
    }
}
