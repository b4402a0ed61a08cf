package dev.ficus.bench.faults;

import org.jspecify.annotations.Nullable;
import java.math.BigDecimal;
import java.net.http.HttpHeaders;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Queue;
import java.util.Random;

import dev.ficus.bench.load.PlannedRequest;
import dev.ficus.bench.load.RequestSource;

/**
 * The requests of a fault phase and their accounting: reads whose true answer is known
 * (stock levels the harness set on the owner, products as the owner answered them,
 * products and orders acknowledged earlier in the phase) and writes that are each checked
 * after recovery (product creates, stock sets each on a product of their own, orders).
 * <p>
 * A read answered 2xx is compared with the truth; one that differs is
 * {@linkplain RequestRecord.Verdict#STALE stale}.
 */
public final class FaultMix implements RequestSource {

    /** The gateway's header naming the side that served a request. */
    public static final String SERVED_BY_HEADER = "X-Ficus-Served-By";

    static final String READ_STOCK = "read-stock";

    static final String READ_PRODUCT = "read-product";

    static final String READ_CREATED_PRODUCT = "read-created-product";

    static final String READ_ORDER = "read-order";

    static final String CREATE_PRODUCT = "create-product";

    static final String SET_STOCK = "set-stock";

    static final String PLACE_ORDER = "place-order";

    /** Percent of requests per operation, in the order they are drawn. */
    private static final List<Map.Entry<String, Integer>> WEIGHTS = List.of(Map.entry(READ_STOCK, 30),
            Map.entry(READ_PRODUCT, 20), Map.entry(READ_CREATED_PRODUCT, 15), Map.entry(READ_ORDER, 10),
            Map.entry(CREATE_PRODUCT, 8), Map.entry(SET_STOCK, 9), Map.entry(PLACE_ORDER, 8));

    private final ShopFixture fixture;

    private final Queue<Long> stockProducts;

    private final String skuPrefix;

    private final Random random;

    private final Map<PlannedRequest, Pending> pending = Collections.synchronizedMap(new IdentityHashMap<>());

    private final List<RequestRecord> records = Collections.synchronizedList(new ArrayList<>());

    private final List<AckedWrite> acknowledged = Collections.synchronizedList(new ArrayList<>());

    private final List<AckedWrite> createdProducts = Collections.synchronizedList(new ArrayList<>());

    private final List<AckedWrite> placedOrders = Collections.synchronizedList(new ArrayList<>());

    private volatile boolean finished;

    private long sequence;

    /**
     * @param fixture what the shop holds and the harness knows to be true
     * @param stockProducts products whose stock nobody else changes, each taken by one
     * stock write
     * @param skuPrefix makes the SKUs of this phase's products unique in the run
     * @param seed makes the request sequence repeatable
     */
    public FaultMix(ShopFixture fixture, Queue<Long> stockProducts, String skuPrefix, long seed) {
        this.fixture = fixture;
        this.stockProducts = stockProducts;
        this.skuPrefix = skuPrefix;
        this.random = new Random(seed);
    }

    @Override
    public PlannedRequest next() {
        sequence++;
        return plan(draw());
    }

    private String draw() {
        int roll = random.nextInt(100);
        for (Map.Entry<String, Integer> weight : WEIGHTS) {
            roll -= weight.getValue();
            if (roll < 0) {
                return weight.getKey();
            }
        }
        return READ_STOCK;
    }

    private PlannedRequest plan(String operation) {
        return switch (operation) {
            case READ_STOCK -> {
                long product = fixture.stockReadProducts().get(random.nextInt(fixture.stockReadProducts().size()));
                yield track(PlannedRequest.get(READ_STOCK, "/api/inventory/" + product), "inventory", false,
                        Fingerprint.STOCK, Fingerprint.stock(fixture.stockTruth(product)), product);
            }
            case READ_CREATED_PRODUCT -> pick(createdProducts)
                .map(created -> track(PlannedRequest.get(READ_CREATED_PRODUCT, "/api/catalog/products/" + created.id()),
                        "catalog", false, Fingerprint.PRODUCT, created.fingerprint(), created.id()))
                .orElseGet(() -> plan(READ_PRODUCT));
            case READ_ORDER -> pick(placedOrders)
                .map(order -> track(PlannedRequest.get(READ_ORDER, "/api/orders/" + order.id()), "orders", false,
                        Fingerprint.ORDER, order.fingerprint(), order.id()))
                .orElseGet(() -> plan(READ_PRODUCT));
            case CREATE_PRODUCT -> createProduct();
            case SET_STOCK -> setStock();
            case PLACE_ORDER -> placeOrder();
            default -> {
                long product = fixture.productReadProducts().get(random.nextInt(fixture.productReadProducts().size()));
                yield track(PlannedRequest.get(READ_PRODUCT, "/api/catalog/products/" + product), "catalog", false,
                        Fingerprint.PRODUCT, fixture.productTruth(product), product);
            }
        };
    }

    private PlannedRequest createProduct() {
        String sku = skuPrefix + "-" + sequence;
        String name = "Fault probe " + sequence;
        BigDecimal amount = new BigDecimal((1 + sequence % 90) + ".25");
        String body = """
                {"sku": "%s", "name": "%s", "description": "written by ficus bench faults", "category": "faults", \
                "price": {"amount": %s, "currency": "EUR"}}""".formatted(sku, name, amount.toPlainString());
        String fingerprint = sku + "|" + name + "|" + amount.stripTrailingZeros().toPlainString() + " EUR";
        return track(PlannedRequest.postJson(CREATE_PRODUCT, "/api/catalog/products", body), "catalog", true, null,
                fingerprint, 0);
    }

    private PlannedRequest setStock() {
        Long product = stockProducts.poll();
        if (product == null) {
            return plan(READ_STOCK);
        }
        long onHand = 20_000 + sequence;
        return track(new PlannedRequest(SET_STOCK, "PUT", "/api/inventory/" + product, "{\"onHand\": " + onHand + "}"),
                "inventory", true, null, Fingerprint.stock(onHand), product);
    }

    private PlannedRequest placeOrder() {
        long customer = 1 + random.nextInt(fixture.customers());
        long product = fixture.orderProducts().get(random.nextInt(fixture.orderProducts().size()));
        String body = "{\"customerId\": %d, \"lines\": [{\"productId\": %d, \"quantity\": 1}]}".formatted(customer,
                product);
        return track(PlannedRequest.postJson(PLACE_ORDER, "/api/orders", body), "orders", true, null,
                "customer=" + customer + "|" + product + "x1", 0);
    }

    private PlannedRequest track(PlannedRequest request, String capability, boolean write, @Nullable Fingerprint kind,
            String truth, long id) {
        pending.put(request, new Pending(capability, write, kind, truth, id, System.nanoTime()));
        return request;
    }

    private Optional<AckedWrite> pick(List<AckedWrite> writes) {
        synchronized (writes) {
            return writes.isEmpty() ? Optional.empty() : Optional.of(writes.get(random.nextInt(writes.size())));
        }
    }

    @Override
    public boolean readsBodies() {
        return true;
    }

    @Override
    public void answered(PlannedRequest request, int status, HttpHeaders headers, String body) {
        Pending sent = pending.remove(request);
        if (sent == null) {
            return;
        }
        String servedBy = headers.firstValue(SERVED_BY_HEADER).orElse("");
        RequestRecord.Verdict verdict;
        if (status / 100 != 2) {
            verdict = RequestRecord.Verdict.FAILED;
        }
        else if (sent.write()) {
            verdict = RequestRecord.Verdict.OK;
            acknowledge(request.endpoint(), sent, headers, servedBy);
        }
        else {
            Fingerprint kind = sent.kind();
            verdict = (kind == null || kind.of(body).equals(sent.truth())) ? RequestRecord.Verdict.OK
                    : RequestRecord.Verdict.STALE;
        }
        records.add(new RequestRecord(request.endpoint(), sent.capability(), sent.write(), sent.sentNanos(),
                System.nanoTime(), status, "", servedBy, verdict));
    }

    private void acknowledge(String endpoint, Pending sent, HttpHeaders headers, String servedBy) {
        boolean creates = !endpoint.equals(SET_STOCK);
        long id = creates ? idOf(headers) : sent.id();
        AckedWrite write = new AckedWrite(endpoint, id, sent.truth(), servedBy, creates);
        acknowledged.add(write);
        if (endpoint.equals(CREATE_PRODUCT)) {
            createdProducts.add(write);
        }
        else if (endpoint.equals(PLACE_ORDER)) {
            placedOrders.add(write);
        }
    }

    /** The id at the end of the {@code Location} header, -1 when it has none. */
    static long idOf(HttpHeaders headers) {
        String location = headers.firstValue("Location").orElse("");
        try {
            return Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        }
        catch (NumberFormatException ex) {
            return -1;
        }
    }

    @Override
    public void failed(PlannedRequest request, String kind) {
        Pending sent = pending.remove(request);
        if (sent != null) {
            records.add(new RequestRecord(request.endpoint(), sent.capability(), sent.write(), sent.sentNanos(),
                    System.nanoTime(), 0, kind, "", RequestRecord.Verdict.FAILED));
        }
    }

    @Override
    public boolean finished() {
        return finished;
    }

    /** Ends the load at the next request. */
    public void finish() {
        finished = true;
    }

    /** Every request answered or failed so far, in completion order. */
    public List<RequestRecord> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    /**
     * Requests sent but neither answered nor failed (the generator gave up waiting for
     * them).
     */
    public int unanswered() {
        return pending.size();
    }

    /** Every write acknowledged so far, in acknowledgement order. */
    public List<AckedWrite> acknowledged() {
        synchronized (acknowledged) {
            return List.copyOf(acknowledged);
        }
    }

    private record Pending(String capability, boolean write, @Nullable Fingerprint kind, String truth, long id,
            long sentNanos) {
    }

}
