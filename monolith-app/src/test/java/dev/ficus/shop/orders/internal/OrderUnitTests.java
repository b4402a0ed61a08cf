package dev.ficus.shop.orders.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.ficus.shop.catalog.Money;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class OrderUnitTests {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void totalsItsLines() {
        Order order = Order.place(1,
                List.of(new OrderLine(1, 2, Money.euros("3.10")), new OrderLine(2, 1, Money.euros("0.80"))), NOW);

        assertThat(order.total()).isEqualTo(Money.euros("7.00"));
        assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
    }

    @Test
    void goesFromPlacedThroughPaidToShipped() {
        Order order = Order.place(1, List.of(new OrderLine(1, 1, Money.euros("1.00"))), NOW);

        assertThat(order.moveTo(OrderStatus.PAID)).isTrue();
        assertThat(order.ship("FS-TRK-1")).isTrue();
        assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
    }

    @Test
    void treatsARepeatedMoveAsAlreadyDone() {
        Order order = Order.place(1, List.of(new OrderLine(1, 1, Money.euros("1.00"))), NOW);
        order.moveTo(OrderStatus.PAID);

        assertThat(order.moveTo(OrderStatus.PAID)).isFalse();
        assertThat(order.status()).isEqualTo(OrderStatus.PAID);
    }

    @Test
    void refusesMovesTheLifecycleDoesNotAllow() {
        Order order = Order.place(1, List.of(new OrderLine(1, 1, Money.euros("1.00"))), NOW);

        assertThatIllegalStateException().isThrownBy(() -> order.moveTo(OrderStatus.SHIPPED))
            .withMessageEndingWith("cannot go from PLACED to SHIPPED");
        order.moveTo(OrderStatus.CANCELLED);
        assertThatIllegalStateException().isThrownBy(() -> order.moveTo(OrderStatus.PAID));
    }

    @Test
    void needsAtLeastOneLine() {
        assertThatIllegalArgumentException().isThrownBy(() -> Order.place(1, List.of(), NOW));
    }

}
