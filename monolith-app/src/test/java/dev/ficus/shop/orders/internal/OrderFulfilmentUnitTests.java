package dev.ficus.shop.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.BDDMockito.then;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;

import dev.ficus.shop.catalog.Money;
import dev.ficus.shop.inventory.Inventory;
import dev.ficus.shop.payments.PaymentAuthorized;
import dev.ficus.shop.payments.Payments;
import dev.ficus.shop.shipping.Shipping;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.context.ApplicationEventPublisher;

class OrderFulfilmentUnitTests {

    private final OrderRepository orders = mock(OrderRepository.class);

    private final Shipping shipping = mock(Shipping.class);

    private final OrderFulfilment fulfilment = new OrderFulfilment(orders, mock(Payments.class), shipping,
            mock(Inventory.class), mock(ApplicationEventPublisher.class));

    @Test
    void ignoresAPaymentAuthorizationDeliveredAgainAfterTheOrderShipped() {
        Order order = Order.place(1, List.of(new OrderLine(5, 1, Money.euros("4.50"))), Instant.EPOCH);
        order.moveTo(OrderStatus.PAID);
        order.ship("FS-TRK-1");
        given(orders.findById(7L)).willReturn(Optional.of(order));

        fulfilment.on(new PaymentAuthorized(7, 1, 77, Money.euros("4.50")));

        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
        then(shipping).should(never()).ship(anyLong(), anyLong());
    }

    @Test
    void paysAndShipsAnOrderWhosePaymentWasAuthorized() {
        Order order = Order.place(1, List.of(new OrderLine(5, 1, Money.euros("4.50"))), Instant.EPOCH);
        given(orders.findById(7L)).willReturn(Optional.of(order));

        fulfilment.on(new PaymentAuthorized(7, 1, 77, Money.euros("4.50")));

        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
        then(shipping).should().ship(7, 1);
    }

}
