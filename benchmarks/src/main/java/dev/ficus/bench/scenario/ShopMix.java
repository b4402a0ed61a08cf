package dev.ficus.bench.scenario;

import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;

import dev.ficus.bench.load.PlannedRequest;
import dev.ficus.bench.load.RequestSource;

/**
 * The benchmark's request mix: browse catalog 60 %, product detail 25 %, place order 10
 * %, order status 5 %.
 * <p>
 * Product, page and customer ids are drawn uniformly from the seeded ranges; order status
 * asks for orders this mix placed earlier and the server confirmed with
 * {@code 201 Created} and a {@code Location}. Until the first order is confirmed an
 * order-status draw places an order instead, which is why warm-up runs on the same mix. A
 * fixed seed gives the same sequence of draws on every run.
 */
public final class ShopMix implements RequestSource {

    private static final int REMEMBERED_ORDERS = 4096;

    private static final int MAX_LINES = 3;

    private final ShopData data;

    private final SplittableRandom random;

    private final KnownOrders orders;

    private final int stockCheckPercent;

    public ShopMix(ShopData data, long seed) {
        this(data, new SplittableRandom(seed), new KnownOrders(REMEMBERED_ORDERS), 0);
    }

    private ShopMix(ShopData data, SplittableRandom random, KnownOrders orders, int stockCheckPercent) {
        this.data = data;
        this.random = random;
        this.orders = orders;
        this.stockCheckPercent = stockCheckPercent;
    }

    /**
     * The same mix (same random sequence and known orders) with {@code percent} of
     * requests replaced by {@link ShopEndpoint#STOCK_LEVEL stock-level} reads; the rest
     * keep their relative weights.
     */
    public ShopMix withStockChecks(int percent) {
        if (percent < 0 || percent >= 100) {
            throw new IllegalArgumentException("stock check share must be in [0, 100): " + percent);
        }
        return new ShopMix(data, random, orders, percent);
    }

    @Override
    public PlannedRequest next() {
        if (stockCheckPercent > 0 && random.nextInt(100) < stockCheckPercent) {
            return PlannedRequest.get(ShopEndpoint.STOCK_LEVEL.label(), "/api/inventory/" + productId());
        }
        return switch (ShopEndpoint.forPercentile(random.nextInt(100))) {
            case BROWSE_CATALOG -> browse();
            case PRODUCT_DETAIL ->
                PlannedRequest.get(ShopEndpoint.PRODUCT_DETAIL.label(), "/api/catalog/products/" + productId());
            case PLACE_ORDER -> placeOrder();
            case ORDER_STATUS -> orderStatus();
            case STOCK_LEVEL -> throw new IllegalStateException("stock-level has no weight in the standard mix");
        };
    }

    @Override
    public void completed(PlannedRequest request, int status, HttpHeaders headers) {
        if (status == 201 && request.endpoint().equals(ShopEndpoint.PLACE_ORDER.label())) {
            headers.firstValue("Location").flatMap(ShopMix::orderId).ifPresent(orders::add);
        }
    }

    /**
     * How many confirmed order ids the mix currently draws order-status requests from.
     */
    public long knownOrders() {
        return orders.size();
    }

    private PlannedRequest browse() {
        return PlannedRequest.get(ShopEndpoint.BROWSE_CATALOG.label(),
                "/api/catalog/products?page=" + random.nextInt(data.pageCount()) + "&size=" + data.pageSize());
    }

    private PlannedRequest placeOrder() {
        int lineCount = 1 + random.nextInt(MAX_LINES);
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < lineCount; i++) {
            if (i > 0) {
                lines.append(',');
            }
            lines.append("{\"productId\":").append(productId()).append(",\"quantity\":1}");
        }
        String body = "{\"customerId\":" + (1 + random.nextInt(data.customerCount())) + ",\"lines\":[" + lines + "]}";
        return PlannedRequest.postJson(ShopEndpoint.PLACE_ORDER.label(), "/api/orders", body);
    }

    private PlannedRequest orderStatus() {
        OptionalLong id = orders.pick(random);
        if (id.isEmpty()) {
            return placeOrder();
        }
        return PlannedRequest.get(ShopEndpoint.ORDER_STATUS.label(), "/api/orders/" + id.getAsLong());
    }

    private int productId() {
        return 1 + random.nextInt(data.productCount());
    }

    static Optional<Long> orderId(String location) {
        String path = URI.create(location).getPath();
        String last = path.substring(path.lastIndexOf('/') + 1);
        try {
            return Optional.of(Long.parseLong(last));
        }
        catch (NumberFormatException ex) {
            return Optional.empty();
        }
    }

}
