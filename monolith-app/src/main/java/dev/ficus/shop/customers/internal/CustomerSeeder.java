package dev.ficus.shop.customers.internal;

import java.time.Instant;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Fills an empty shop with demo customers: customer {@code i} is "Customer i",
 * {@code customer-i@example.com}.
 */
@Component
class CustomerSeeder implements ApplicationRunner {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerSeeder.class);

    private final CustomerRepository customers;

    private final CustomerSeedProperties properties;

    CustomerSeeder(CustomerRepository customers, CustomerSeedProperties properties) {
        this.customers = customers;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (properties.customers() == 0 || customers.count() > 0) {
            return;
        }
        Instant now = Instant.now();
        customers.saveAll(IntStream.rangeClosed(1, properties.customers())
            .mapToObj(i -> new Customer("Customer " + i, "customer-" + i + "@example.com", now))
            .toList());
        LOG.info("Seeded {} customers", properties.customers());
    }

}
