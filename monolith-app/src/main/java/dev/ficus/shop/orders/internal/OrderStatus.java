package dev.ficus.shop.orders.internal;

/**
 * Where an order is in its lifecycle: {@code PLACED → PAID → SHIPPED}, or
 * {@code PLACED → CANCELLED}.
 */
enum OrderStatus {

    PLACED, PAID, SHIPPED, CANCELLED;

    boolean canMoveTo(OrderStatus next) {
        return switch (this) {
            case PLACED -> next == PAID || next == CANCELLED;
            case PAID -> next == SHIPPED;
            case SHIPPED, CANCELLED -> false;
        };
    }

}
