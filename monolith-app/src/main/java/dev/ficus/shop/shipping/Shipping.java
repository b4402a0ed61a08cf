package dev.ficus.shop.shipping;

/** Ships orders; the result comes back as an {@link OrderShipped} event. */
public interface Shipping {

    /**
     * Ships the order once; asking again for the same order changes nothing and announces
     * nothing (OrderShipped carries no id a listener could tell a repeat by).
     */
    void ship(long orderId, long customerId);

}
