package dev.ficus.shop;

import static org.assertj.core.api.Assertions.assertThat;
import static dev.ficus.shop.RunningShops.count;
import static dev.ficus.shop.RunningShops.incompletePublications;
import static dev.ficus.shop.RunningShops.placeOrder;
import static dev.ficus.shop.RunningShops.status;
import static org.awaitility.Awaitility.await;

import dev.ficus.shop.api.seed.SeedData;
import dev.ficus.shop.shipping.Shipping;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A listener that fails leaves its event publication incomplete; the next start of the
 * shop over the same database delivers it again, and the order completes without being
 * charged twice.
 */
class CrashRecoveryIntegrationTests {

    private static final String DATABASE = "jdbc:h2:mem:crash-recovery;DB_CLOSE_DELAY=-1";

    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private static final AtomicInteger FAILED_SHIPMENTS = new AtomicInteger();

    @Test
    void shipsAnOrderWhoseShippingFailedOnceTheShopIsRestarted() {
        long orderId;
        try (ConfigurableApplicationContext first = start(
                new Class<?>[] { FicusShopApplication.class, CarrierOutage.class })) {
            orderId = placeOrder(first);
            await().atMost(TIMEOUT).until(() -> FAILED_SHIPMENTS.get() > 0);
            JdbcClient jdbc = first.getBean(JdbcClient.class);
            await().atMost(TIMEOUT).until(() -> incompletePublications(jdbc) == 1);
            assertThat(status(jdbc, orderId)).isEqualTo("PLACED");
        }

        // looks every second, not only at start: a start within a second of the failed
        // delivery finds the
        // publication not yet waiting longer than redeliver-after (as on a fast machine)
        try (ConfigurableApplicationContext second = start(FicusShopApplication.class,
                "--ficus.shop.events.redeliver-every=1s")) {
            JdbcClient jdbc = second.getBean(JdbcClient.class);
            await().atMost(TIMEOUT).until(() -> "SHIPPED".equals(status(jdbc, orderId)));
            assertThat(count(jdbc, "SELECT COUNT(*) FROM payments_payment WHERE order_id = ?", orderId)).isOne();
            assertThat(count(jdbc, "SELECT on_hand FROM inventory_stock WHERE product_id = 11"))
                .isEqualTo(SeedData.product(11).onHand() - 1);
            await().atMost(TIMEOUT).until(() -> incompletePublications(jdbc) == 0);
        }
    }

    private static ConfigurableApplicationContext start(Class<?> application, String... arguments) {
        return start(new Class<?>[] { application }, arguments);
    }

    private static ConfigurableApplicationContext start(Class<?>[] sources, String... arguments) {
        // command-line arguments, because builder properties are defaults that
        // application.yml overrides
        // one instance: a publication still incomplete a second after its delivery began
        // is no other instance's to finish
        List<String> all = new ArrayList<>(List.of("--server.port=0", "--spring.datasource.url=" + DATABASE,
                "--ficus.shop.events.redeliver-after=1s"));
        all.addAll(List.of(arguments));
        return new SpringApplicationBuilder(sources).run(all.toArray(String[]::new));
    }

    /** The carrier is down: every attempt to ship fails. */
    @Configuration(proxyBeanMethods = false)
    static class CarrierOutage {

        @Bean
        @Primary
        Shipping unavailableCarrier() {
            return (orderId, customerId) -> {
                FAILED_SHIPMENTS.incrementAndGet();
                throw new IllegalStateException("carrier unavailable");
            };
        }

    }

}
