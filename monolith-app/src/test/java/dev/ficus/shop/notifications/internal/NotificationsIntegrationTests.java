package dev.ficus.shop.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.BDDMockito.given;

import dev.ficus.shop.ScenarioTimeout;
import dev.ficus.shop.catalog.Money;
import dev.ficus.shop.customers.CustomerDetails;
import dev.ficus.shop.customers.Customers;
import dev.ficus.shop.orders.OrderPlaced;
import dev.ficus.shop.shipping.OrderShipped;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * Notifications on their own: every order event becomes one message to the customer's
 * address.
 */
@ApplicationModuleTest
@ExtendWith(ScenarioTimeout.class)
class NotificationsIntegrationTests {

    @Autowired
    private Notifier notifier;

    @MockitoBean
    private Customers customers;

    @Test
    void tellsTheCustomerAboutAPlacedAndAShippedOrder(Scenario scenario) {
        given(customers.findCustomer(4)).willReturn(Optional.of(new CustomerDetails(4, "Lin", "lin@example.com")));

        scenario.publish(new OrderPlaced(31, 4, Money.euros("12.00")))
            .andWaitForStateChange(() -> notifier.sentTo(4), sent -> sent.size() == 1)
            .andVerify(sent -> assertThat(sent).extracting(NotificationDto::message)
                .containsExactly("Order 31 placed, total 12.00 EUR"));

        scenario.publish(new OrderShipped(31, 4, "FS-TRK-00000031"))
            .andWaitForStateChange(() -> notifier.sentTo(4), sent -> sent.size() == 2)
            .andVerify(sent -> {
                assertThat(sent).extracting(NotificationDto::type).containsExactly("ORDER_PLACED", "ORDER_SHIPPED");
                assertThat(sent).extracting(NotificationDto::recipient).containsOnly("lin@example.com");
                assertThat(sent.get(1).message()).isEqualTo("Order 31 shipped, tracking number FS-TRK-00000031");
            });
    }

    @Test
    void listsAnOrdersNotificationsAsItsLifeWentWhicheverListenerRanFirst(Scenario scenario) {
        given(customers.findCustomer(5)).willReturn(Optional.of(new CustomerDetails(5, "Ada", "ada@example.com")));

        scenario.publish(new OrderShipped(41, 5, "FS-TRK-00000041"))
            .andWaitForStateChange(() -> notifier.sentTo(5), sent -> sent.size() == 1)
            .andVerify(sent -> assertThat(sent).extracting(NotificationDto::type).containsExactly("ORDER_SHIPPED"));
        scenario.publish(new OrderPlaced(42, 5, Money.euros("3.00")))
            .andWaitForStateChange(() -> notifier.sentTo(5), sent -> sent.size() == 2)
            .andVerify(sent -> assertThat(sent).extracting(NotificationDto::type)
                .containsExactly("ORDER_SHIPPED", "ORDER_PLACED"));
        scenario.publish(new OrderPlaced(41, 5, Money.euros("7.00")))
            .andWaitForStateChange(() -> notifier.sentTo(5), sent -> sent.size() == 3)
            .andVerify(sent -> {
                assertThat(sent).extracting(NotificationDto::orderId).containsExactly(41L, 41L, 42L);
                assertThat(sent).extracting(NotificationDto::type)
                    .containsExactly("ORDER_PLACED", "ORDER_SHIPPED", "ORDER_PLACED");
                assertThat(sent.get(0).id()).as("written last, listed first").isGreaterThan(sent.get(1).id());
            });
    }

}
