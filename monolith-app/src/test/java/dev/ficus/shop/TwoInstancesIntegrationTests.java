package dev.ficus.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.ficus.shop.RunningShops.count;
import static dev.ficus.shop.RunningShops.incompletePublications;
import static dev.ficus.shop.RunningShops.placeOrder;
import static dev.ficus.shop.RunningShops.status;
import static org.awaitility.Awaitility.await;

import dev.ficus.shop.shipping.Shipping;
import dev.ficus.shop.shipping.internal.ShippingManagement;
import dev.ficus.testsupport.PostgresDatabase;
import dev.ficus.testsupport.RealServices;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two instances of the shop on one PostgreSQL schema: an instance that starts while the
 * other is delivering an event leaves that delivery alone, so the listener runs once.
 */
class TwoInstancesIntegrationTests {

    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private static final AtomicInteger SHIPMENTS_STARTED = new AtomicInteger();

    private static final CountDownLatch CARRIER_ANSWERS = new CountDownLatch(1);

    @Test
    void anInstanceStartingWhileTheOtherDeliversAnEventDoesNotDeliverItAgain() throws InterruptedException {
        PostgresDatabase database = RealServices.freshPostgresSchema("monolith_two_instances");
        try (ConfigurableApplicationContext first = start(database, 20)) {
            long orderId = placeOrder(first);
            await().atMost(TIMEOUT).until(() -> SHIPMENTS_STARTED.get() == 1);

            try (ConfigurableApplicationContext second = start(database, 0)) {
                // the second instance's redelivery at start has run by the time it is up;
                // give any listener it set off the time to reach the carrier
                TimeUnit.SECONDS.sleep(2);
                CARRIER_ANSWERS.countDown();
                JdbcClient jdbc = second.getBean(JdbcClient.class);
                await().atMost(TIMEOUT).until(() -> "SHIPPED".equals(status(jdbc, orderId)));
                await().atMost(TIMEOUT).until(() -> incompletePublications(jdbc) == 0);

                assertThat(SHIPMENTS_STARTED.get()).isOne();
                assertThat(count(jdbc, "SELECT COUNT(*) FROM payments_payment WHERE order_id = ?", orderId)).isOne();
            }
        }
    }

    /** An instance of the shop on the database, seeding it with the given products. */
    private static ConfigurableApplicationContext start(PostgresDatabase database, int seeded) {
        // command-line arguments, because builder properties are defaults that
        // application.yml overrides
        return new SpringApplicationBuilder(FicusShopApplication.class, SlowCarrier.class).run("--server.port=0",
                "--spring.datasource.url=" + database.schemaUrl(),
                "--spring.datasource.username=" + database.username(),
                "--spring.datasource.password=" + database.password(), "--ficus.seed.products=" + seeded,
                "--ficus.seed.customers=" + Math.min(seeded, 5));
    }

    /** A carrier that takes its time: shipping waits until the test lets it answer. */
    @Configuration(proxyBeanMethods = false)
    static class SlowCarrier {

        @Bean
        @Primary
        Shipping slowCarrier(ShippingManagement carrier) {
            return (orderId, customerId) -> {
                SHIPMENTS_STARTED.incrementAndGet();
                try {
                    CARRIER_ANSWERS.await(1, TimeUnit.MINUTES);
                }
                catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                }
                carrier.ship(orderId, customerId);
            };
        }

    }

}
