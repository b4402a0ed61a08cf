package dev.ficus.bench.scenario;

/**
 * The four things a shop visitor does, with their share of all requests in the benchmark
 * mix.
 */
public enum ShopEndpoint {

    BROWSE_CATALOG("browse-catalog", 60),

    PRODUCT_DETAIL("product-detail", 25),

    PLACE_ORDER("place-order", 10),

    ORDER_STATUS("order-status", 5),

    /**
     * Reads one product's stock, served by the inventory capability itself; not part of
     * the standard mix (weight 0), added only while a blast radius is measured so the
     * failing capability is observed directly.
     */
    STOCK_LEVEL("stock-level", 0);

    private final String label;

    private final int weightPercent;

    ShopEndpoint(String label, int weightPercent) {
        this.label = label;
        this.weightPercent = weightPercent;
    }

    /** The name statistics are reported under. */
    public String label() {
        return label;
    }

    public int weightPercent() {
        return weightPercent;
    }

    /**
     * Picks an endpoint of the standard mix for a uniform draw {@code percentile} in
     * {@code [0, 100)}.
     */
    static ShopEndpoint forPercentile(int percentile) {
        int cumulative = 0;
        for (ShopEndpoint endpoint : values()) {
            cumulative += endpoint.weightPercent;
            if (percentile < cumulative) {
                return endpoint;
            }
        }
        throw new IllegalArgumentException("percentile must be in [0, 100): " + percentile);
    }

}
