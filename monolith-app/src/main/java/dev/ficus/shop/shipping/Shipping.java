package dev.ficus.shop.shipping;

/** Ships orders; the result comes back as an {@link OrderShipped} event. */
public interface Shipping {

    /**
     * Ships the order once; asking again for the same order repeats the first shipment's
     * event.
     */
    void ship(long orderId, long customerId);

}
