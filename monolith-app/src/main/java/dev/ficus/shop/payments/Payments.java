package dev.ficus.shop.payments;

/**
 * Asks for money; the answer comes back as a {@link PaymentAuthorized} or
 * {@link PaymentDeclined} event.
 */
public interface Payments {

    /**
     * Authorises the amount once per order; asking again for the same order repeats the
     * first outcome.
     */
    void authorize(PaymentRequest request);

}
