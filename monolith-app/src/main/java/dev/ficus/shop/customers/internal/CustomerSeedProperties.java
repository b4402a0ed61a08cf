package dev.ficus.shop.customers.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** How many demo customers an empty shop gets on start ({@code ficus.seed.customers}). */
@ConfigurationProperties("ficus.seed")
record CustomerSeedProperties(@DefaultValue("200") int customers) {

    CustomerSeedProperties {
        if (customers < 0) {
            throw new IllegalArgumentException("ficus.seed.customers must not be negative");
        }
    }
}
