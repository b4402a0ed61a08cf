package dev.ficus.shop.orders.internal;

import dev.ficus.shop.catalog.Money;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** A customer's order and the state machine of its lifecycle. */
@Entity
@Table(name = "orders_order")
class Order {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long customerId;

    @Enumerated(EnumType.STRING)
    private OrderStatus status;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "orders_order_line", joinColumns = @JoinColumn(name = "order_id"))
    @OrderColumn(name = "line_number")
    private List<OrderLine> lines = new ArrayList<>();

    @Embedded
    @AttributeOverride(name = "amount", column = @Column(name = "total_amount"))
    @AttributeOverride(name = "currency", column = @Column(name = "total_currency"))
    private Money total;

    private @Nullable String trackingNumber;

    private Instant placedAt;

    protected Order() {
    }

    private Order(long customerId, List<OrderLine> lines, Instant placedAt) {
        if (lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        this.customerId = customerId;
        this.status = OrderStatus.PLACED;
        this.lines.addAll(lines);
        this.total = lines.stream().map(OrderLine::lineTotal).reduce(Money::plus).orElseThrow();
        this.placedAt = placedAt;
    }

    static Order place(long customerId, List<OrderLine> lines, Instant placedAt) {
        return new Order(customerId, lines, placedAt);
    }

    long id() {
        return id;
    }

    long customerId() {
        return customerId;
    }

    OrderStatus status() {
        return status;
    }

    Money total() {
        return total;
    }

    /**
     * Moves the order on in its lifecycle.
     * @return {@code false} when it already is in that state (an event delivered twice),
     * {@code true} when it moved
     * @throws IllegalStateException when the lifecycle does not allow the move
     */
    boolean moveTo(OrderStatus next) {
        if (status == next) {
            return false;
        }
        if (!status.canMoveTo(next)) {
            throw new IllegalStateException("Order %d cannot go from %s to %s".formatted(id, status, next));
        }
        status = next;
        return true;
    }

    boolean ship(String tracking) {
        boolean moved = moveTo(OrderStatus.SHIPPED);
        trackingNumber = tracking;
        return moved;
    }

    OrderDto toDto() {
        return new OrderDto(id, customerId, status.name(), lines.stream().map(OrderLine::toDto).toList(), total.toDto(),
                trackingNumber);
    }

}
