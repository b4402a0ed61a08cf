package dev.ficus.shop.api;

/**
 * Version facts of the published API; bump {@link #VERSION} on any incompatible change.
 */
public final class ShopApi {

    /** The contract version that services and the monolith both speak. */
    public static final int VERSION = 1;

    /**
     * Exchange that integration events are published to (topic, routing key = event type
     * name).
     */
    public static final String EVENTS_EXCHANGE = "ficus.shop.events";

    private ShopApi() {
    }

}
