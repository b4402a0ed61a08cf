package dev.ficus.bench.scenario;

import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.SplittableRandom;

import dev.ficus.bench.load.PlannedRequest;
import dev.ficus.bench.load.RequestSource;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

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

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final int stockCheckPercent;

    /** Share of catalog reads in percent, or 0 for the standard weights. */
    private final int catalogReadPercent;

    private final @Nullable ShopTruth truth;

    /**
     * What the check of a request's answer needs from when it was planned: the lines
     * acknowledged before a stock read, the order a placement sent.
     */
    private final Map<PlannedRequest, Object> planned;

    /** A mix that counts any 2xx as right. */
    public ShopMix(ShopData data, long seed) {
        this(data, null, seed);
    }

    /** A mix that checks every 2xx against {@code truth} (none when {@code null}). */
    public ShopMix(ShopData data, @Nullable ShopTruth truth, long seed) {
        this(data, new SplittableRandom(seed), new KnownOrders(REMEMBERED_ORDERS), 0, 0, truth,
                Collections.synchronizedMap(new IdentityHashMap<>()));
    }

    private ShopMix(ShopData data, SplittableRandom random, KnownOrders orders, int stockCheckPercent,
            int catalogReadPercent, @Nullable ShopTruth truth, Map<PlannedRequest, Object> planned) {
        this.data = data;
        this.random = random;
        this.orders = orders;
        this.stockCheckPercent = stockCheckPercent;
        this.catalogReadPercent = catalogReadPercent;
        this.truth = truth;
        this.planned = planned;
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
        return new ShopMix(data, random, orders, percent, catalogReadPercent, truth, planned);
    }

    /**
     * The same mix with {@code percent} of requests catalog reads (browse and product
     * detail in the standard mix's 60 : 25) and the rest the standard mix's other
     * endpoints in theirs (place order and order status, 10 : 5): at 90, browse 63.5 %,
     * product detail 26.5 %, place order 6.7 %, order status 3.3 %.
     */
    public ShopMix withCatalogReads(int percent) {
        if (percent <= 0 || percent >= 100) {
            throw new IllegalArgumentException("catalog read share must be in (0, 100): " + percent);
        }
        return new ShopMix(data, random, orders, stockCheckPercent, percent, truth, planned);
    }

    @Override
    public PlannedRequest next() {
        if (stockCheckPercent > 0 && random.nextInt(100) < stockCheckPercent) {
            int id = productId();
            PlannedRequest read = PlannedRequest.get(ShopEndpoint.STOCK_LEVEL.label(), "/api/inventory/" + id);
            if (truth != null) {
                planned.put(read, truth.acknowledgedLines(id));
            }
            return read;
        }
        return switch (nextEndpoint()) {
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
        Object plan = planned.remove(request);
        if (status == 201 && request.endpoint().equals(ShopEndpoint.PLACE_ORDER.label())) {
            ShopTruth.PlacedOrder order = (plan instanceof ShopTruth.PlacedOrder placed) ? placed : null;
            if (order != null && truth != null) {
                truth.ordered(order.productIds());
            }
            headers.firstValue("Location").flatMap(ShopMix::orderId).ifPresent(id -> orders.add(id, order));
        }
    }

    @Override
    public void failed(PlannedRequest request, String kind) {
        planned.remove(request);
    }

    @Override
    public boolean readsBodies() {
        return truth != null;
    }

    @Override
    public Optional<String> wrongAnswer(PlannedRequest request, int status, String body) {
        if (truth == null) {
            return Optional.empty();
        }
        JsonNode answer;
        try {
            answer = JSON.readTree(body);
        }
        catch (JacksonException ex) {
            return Optional.of("unreadable body");
        }
        String path = request.path();
        return switch (endpoint(request)) {
            case BROWSE_CATALOG -> truth.checkPage(answer);
            case PRODUCT_DETAIL -> truth.checkProduct(lastId(path), answer);
            case STOCK_LEVEL -> truth.checkStock(lastId(path),
                    (planned.get(request) instanceof Integer acknowledged) ? acknowledged : 0, answer);
            case PLACE_ORDER -> (planned.get(request) instanceof ShopTruth.PlacedOrder order)
                    ? truth.checkOrder(answer.path("id").asLong(-1), order, answer) : Optional.empty();
            case ORDER_STATUS -> truth.checkOrder(lastId(path), orders.placed(lastId(path)), answer);
        };
    }

    private ShopEndpoint nextEndpoint() {
        if (catalogReadPercent == 0) {
            return ShopEndpoint.forPercentile(random.nextInt(100));
        }
        int browse = ShopEndpoint.BROWSE_CATALOG.weightPercent();
        int order = ShopEndpoint.PLACE_ORDER.weightPercent();
        if (random.nextInt(100) < catalogReadPercent) {
            return (random.nextInt(browse + ShopEndpoint.PRODUCT_DETAIL.weightPercent()) < browse)
                    ? ShopEndpoint.BROWSE_CATALOG : ShopEndpoint.PRODUCT_DETAIL;
        }
        return (random.nextInt(order + ShopEndpoint.ORDER_STATUS.weightPercent()) < order) ? ShopEndpoint.PLACE_ORDER
                : ShopEndpoint.ORDER_STATUS;
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
        List<Long> productIds = new ArrayList<>();
        for (int i = 0; i < lineCount; i++) {
            if (i > 0) {
                lines.append(',');
            }
            int id = productId();
            productIds.add((long) id);
            lines.append("{\"productId\":").append(id).append(",\"quantity\":1}");
        }
        int customer = 1 + random.nextInt(data.customerCount());
        String body = "{\"customerId\":" + customer + ",\"lines\":[" + lines + "]}";
        PlannedRequest order = PlannedRequest.postJson(ShopEndpoint.PLACE_ORDER.label(), "/api/orders", body);
        if (truth != null) {
            truth.ordering(productIds);
            planned.put(order, new ShopTruth.PlacedOrder(customer, productIds));
        }
        return order;
    }

    private static ShopEndpoint endpoint(PlannedRequest request) {
        for (ShopEndpoint endpoint : ShopEndpoint.values()) {
            if (endpoint.label().equals(request.endpoint())) {
                return endpoint;
            }
        }
        throw new IllegalArgumentException("not a shop endpoint: " + request.endpoint());
    }

    private static long lastId(String path) {
        try {
            return Long.parseLong(path.substring(path.lastIndexOf('/') + 1));
        }
        catch (NumberFormatException ex) {
            return -1;
        }
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
