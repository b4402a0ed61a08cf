package dev.ficus.shop.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.BDDMockito.willThrow;
import static org.mockito.Mockito.mockingDetails;
import static org.mockito.Mockito.never;
import static org.awaitility.Awaitility.await;

import dev.ficus.shop.ScenarioTimeout;
import dev.ficus.shop.api.MoneyDto;
import dev.ficus.shop.api.catalog.ProductDto;
import dev.ficus.shop.catalog.Catalog;
import dev.ficus.shop.catalog.Money;
import dev.ficus.shop.customers.CustomerDetails;
import dev.ficus.shop.customers.Customers;
import dev.ficus.shop.inventory.InsufficientStockException;
import dev.ficus.shop.inventory.Inventory;
import dev.ficus.shop.inventory.StockItem;
import dev.ficus.shop.inventory.StockReserved;
import dev.ficus.shop.orders.OrderCancelled;
import dev.ficus.shop.orders.OrderPlaced;
import dev.ficus.shop.payments.PaymentAuthorized;
import dev.ficus.shop.payments.PaymentDeclined;
import dev.ficus.shop.payments.PaymentRequest;
import dev.ficus.shop.payments.Payments;
import dev.ficus.shop.shipping.OrderShipped;
import dev.ficus.shop.shipping.Shipping;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The order lifecycle on its own, with the module APIs it calls replaced: placing,
 * paying, shipping and cancelling are each driven by the event that triggers them.
 */
@ApplicationModuleTest
@ExtendWith(ScenarioTimeout.class)
class OrdersIntegrationTests {

    private static final MoneyDto PRICE = new MoneyDto(new BigDecimal("4.50"), "EUR");

    @Autowired
    private OrderManagement orders;

    @Autowired
    private OrderRepository repository;

    @MockitoBean
    private Catalog catalog;

    @MockitoBean
    private Customers customers;

    @MockitoBean
    private Inventory inventory;

    @MockitoBean
    private Payments payments;

    @MockitoBean
    private Shipping shipping;

    @BeforeEach
    void knownCustomerAndProduct() {
        given(customers.findCustomer(1)).willReturn(Optional.of(new CustomerDetails(1, "Ann", "ann@example.com")));
        given(catalog.findProduct(5)).willReturn(Optional.of(new ProductDto(5, "SKU-5", "Mug", "", "kitchen", PRICE)));
    }

    @Test
    void placesAnOrderAtCatalogPricesAndAnnouncesIt(Scenario scenario) {
        scenario.stimulate(() -> orders.place(1, List.of(new StockItem(5, 1), new StockItem(5, 2))))
            .andWaitForEventOfType(OrderPlaced.class)
            .toArriveAndVerify(event -> {
                assertThat(event.total()).isEqualTo(Money.euros("13.50"));
                OrderDto order = orders.find(event.orderId());
                assertThat(order.status()).isEqualTo("PLACED");
                assertThat(order.lines())
                    .containsExactly(new OrderDto.Line(5, 3, PRICE, new MoneyDto(new BigDecimal("13.50"), "EUR")));
                then(inventory).should().reserve(event.orderId(), List.of(new StockItem(5, 3)));
            });
    }

    @Test
    void keepsNoOrderWhenStockIsShort() {
        willThrow(new InsufficientStockException(5, 9, 2)).given(inventory).reserve(anyLong(), anyList());
        long ordersBefore = repository.count();

        assertThatThrownBy(() -> orders.place(1, List.of(new StockItem(5, 9))))
            .isInstanceOf(InsufficientStockException.class);
        assertThat(repository.count()).isEqualTo(ordersBefore);
    }

    @Test
    void asksForPaymentOnceStockIsReserved(Scenario scenario) {
        long orderId = orders.place(1, List.of(new StockItem(5, 2))).id();

        scenario.publish(new StockReserved(orderId, List.of(new StockItem(5, 2))))
            .andWaitForStateChange(() -> mockingDetails(payments).getInvocations().size(), calls -> calls > 0)
            .andVerify(calls -> then(payments).should().authorize(new PaymentRequest(orderId, 1, Money.euros("9.00"))));
    }

    @Test
    void shipsAPaidOrderAndTakesItsStockOutOnceShipped(Scenario scenario) {
        long orderId = orders.place(1, List.of(new StockItem(5, 1))).id();

        scenario.publish(new PaymentAuthorized(orderId, 1, 77, Money.euros("4.50")))
            .andWaitForStateChange(() -> orders.find(orderId).status(), "PAID"::equals)
            .andVerify(status -> then(shipping).should().ship(orderId, 1));

        scenario.publish(new OrderShipped(orderId, 1, "FS-TRK-1"))
            .andWaitForStateChange(() -> orders.find(orderId).status(), "SHIPPED"::equals)
            .andVerify(status -> {
                assertThat(orders.find(orderId).trackingNumber()).isEqualTo("FS-TRK-1");
                then(inventory).should().commit(orderId);
            });
    }

    @Test
    void cancelsAnOrderWhosePaymentWasDeclinedAndReleasesItsStock(Scenario scenario) {
        long orderId = orders.place(1, List.of(new StockItem(5, 1))).id();

        scenario.publish(new PaymentDeclined(orderId, 1, 78, "card expired"))
            .andWaitForEventOfType(OrderCancelled.class)
            .toArriveAndVerify(event -> assertThat(event).isEqualTo(new OrderCancelled(orderId, 1, "card expired")));
        // the event is seen when published, before the listener's transaction commits the
        // new status
        await().atMost(Duration.ofSeconds(30))
            .untilAsserted(() -> assertThat(orders.find(orderId).status()).isEqualTo("CANCELLED"));
        then(inventory).should().release(orderId);
        then(shipping).should(never()).ship(anyLong(), anyLong());
    }

}
