package dev.ficus.bench.scenario;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicIntegerArray;

import dev.ficus.bench.load.LoopbackTarget;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The owners' truth an answer is checked against: every product and its stock as the
 * owners answered them when the run started (before any fault), and the order lines the
 * run has sent and had acknowledged since, per product.
 * <p>
 * Products do not change during a run, so a product answer must repeat its facts. Stock
 * changes only through the run's own orders, one unit per line, and no payment is
 * declined (the benchmark starts the shop with a payment failure rate of 0), so every
 * acknowledged order keeps its units reserved or taken. A stock answer is therefore right
 * only when it is for the product asked, {@code available = onHand - reserved}, and
 * {@code available} lies between the seed minus every line sent for the product and the
 * seed minus the lines acknowledged before the read was sent. A copy that stopped
 * following the owner (the monolith's inventory tables behind a gateway) keeps the seed
 * and breaks the upper bound as soon as one order for that product was acknowledged.
 */
public final class ShopTruth {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Largest catalog page the shop serves. */
    static final int DISCOVERY_PAGE_SIZE = 100;

    private final List<ProductFacts> products;

    private final List<StockFacts> seedStock;

    private final AtomicIntegerArray sentLines;

    private final AtomicIntegerArray acknowledgedLines;

    /**
     * @param products products {@code 1..n} in id order
     * @param seedStock their stock in the same order
     */
    public ShopTruth(List<ProductFacts> products, List<StockFacts> seedStock) {
        if (products.size() != seedStock.size()) {
            throw new IllegalArgumentException("one stock level per product");
        }
        for (int i = 0; i < products.size(); i++) {
            if (products.get(i).id() != i + 1 || seedStock.get(i).productId() != i + 1) {
                throw new IllegalArgumentException("products and stock must be 1..n in id order");
            }
        }
        this.products = List.copyOf(products);
        this.seedStock = List.copyOf(seedStock);
        this.sentLines = new AtomicIntegerArray(products.size() + 1);
        this.acknowledgedLines = new AtomicIntegerArray(products.size() + 1);
    }

    /**
     * Reads products {@code 1..productCount} page by page and each one's stock from
     * {@code target}, whose owners answer at this point.
     */
    public static ShopTruth discover(LoopbackTarget target, int productCount) {
        HttpClient client = HttpClient.newHttpClient();
        List<ProductFacts> products = new ArrayList<>();
        for (int page = 0; products.size() < productCount; page++) {
            JsonNode content = get(client, target,
                    "/api/catalog/products?page=" + page + "&size=" + DISCOVERY_PAGE_SIZE)
                .path("content");
            if (content.isEmpty()) {
                break;
            }
            content.forEach(product -> products.add(ProductFacts.of(product)));
        }
        List<ProductFacts> known = products.stream().filter(product -> product.id() <= productCount).toList();
        List<StockFacts> stock = new ArrayList<>();
        for (long id = 1; id <= known.size(); id++) {
            stock.add(StockFacts.of(get(client, target, "/api/inventory/" + id)));
        }
        return new ShopTruth(known, stock);
    }

    public int productCount() {
        return products.size();
    }

    /** Called before an order with these lines (one unit each) is sent. */
    public void ordering(List<Long> productIds) {
        productIds.forEach(id -> increment(sentLines, id));
    }

    /** Called when an order with these lines was acknowledged ({@code 201}). */
    public void ordered(List<Long> productIds) {
        productIds.forEach(id -> increment(acknowledgedLines, id));
    }

    /** Order lines acknowledged so far for a product, to be given to the stock check. */
    public int acknowledgedLines(long productId) {
        return inRange(productId) ? acknowledgedLines.get((int) productId) : 0;
    }

    /** Why a product answer for {@code productId} is wrong, or empty when it is right. */
    public Optional<String> checkProduct(long productId, JsonNode answer) {
        if (!inRange(productId)) {
            return Optional.empty();
        }
        return facts(productId).differenceIn(answer).map(field -> "product " + field + " differs from the owner's");
    }

    /** Why a catalog page is wrong: a product on it differs, or the count does. */
    public Optional<String> checkPage(JsonNode page) {
        if (page.path("totalElements").asLong(-1) != products.size()) {
            return Optional.of("product count differs from the owner's");
        }
        for (JsonNode product : page.path("content")) {
            long id = product.path("id").asLong(-1);
            if (!inRange(id)) {
                return Optional.of("unknown product on page");
            }
            Optional<String> difference = checkProduct(id, product);
            if (difference.isPresent()) {
                return difference;
            }
        }
        return Optional.empty();
    }

    /**
     * Why a stock answer for {@code productId} is wrong, given the lines acknowledged for
     * it before the read was sent; empty when it is possible.
     */
    public Optional<String> checkStock(long productId, int acknowledgedBeforeRead, JsonNode answer) {
        if (!inRange(productId)) {
            return Optional.empty();
        }
        StockFacts seed = seedStock.get((int) productId - 1);
        StockFacts now = StockFacts.of(answer);
        if (now.productId() != productId) {
            return Optional.of("stock of another product");
        }
        if (now.available() != now.onHand() - now.reserved()) {
            return Optional.of("stock inconsistent (available != onHand - reserved)");
        }
        int sent = sentLines.get((int) productId);
        if (now.available() > seed.available() - acknowledgedBeforeRead) {
            return Optional.of("stale stock (orders acknowledged before the read are missing)");
        }
        if (now.available() < seed.available() - sent || now.onHand() > seed.onHand()
                || now.onHand() < seed.onHand() - sent || now.reserved() < seed.reserved()
                || now.reserved() > seed.reserved() + sent) {
            return Optional.of("stock outside what the orders sent allow");
        }
        return Optional.empty();
    }

    /**
     * Why an order answer is wrong: another id, another customer, other lines than were
     * placed (when known), or a unit price that is not the product's.
     */
    public Optional<String> checkOrder(long orderId, @Nullable PlacedOrder placed, JsonNode answer) {
        if (answer.path("id").asLong(-1) != orderId) {
            return Optional.of("order id differs");
        }
        if (placed != null && !placed.matches(answer)) {
            return Optional.of("order customer or lines differ from what was placed");
        }
        for (JsonNode line : answer.path("lines")) {
            long productId = line.path("productId").asLong(-1);
            JsonNode price = line.path("unitPrice");
            BigDecimal amount = price.path("amount").isNumber() ? price.path("amount").decimalValue() : null;
            if (inRange(productId) && !facts(productId).samePrice(amount, price.path("currency").asString(""))) {
                return Optional.of("order unit price differs from the product's");
            }
        }
        return Optional.empty();
    }

    private ProductFacts facts(long productId) {
        return products.get((int) productId - 1);
    }

    private boolean inRange(long productId) {
        return productId >= 1 && productId <= products.size();
    }

    private void increment(AtomicIntegerArray counts, long productId) {
        if (inRange(productId)) {
            counts.incrementAndGet((int) productId);
        }
    }

    private static JsonNode get(HttpClient client, LoopbackTarget target, String path) {
        HttpRequest request = HttpRequest.newBuilder(target.resolve(path))
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build();
        try {
            var response = client.send(request, BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "the owners' truth could not be read: HTTP " + response.statusCode() + " at " + request.uri());
            }
            return JSON.readTree(response.body());
        }
        catch (IOException ex) {
            throw new IllegalStateException("cannot read " + request.uri() + ": " + ex.getMessage(), ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while reading the owners' truth", ex);
        }
    }

    /**
     * One product's stock as {@code GET /api/inventory/{id}} answers it.
     *
     * @param productId product id
     * @param onHand units on hand
     * @param reserved units reserved
     * @param available units that can still be ordered
     */
    public record StockFacts(long productId, int onHand, int reserved, int available) {

        static StockFacts of(JsonNode stock) {
            return new StockFacts(stock.path("productId").asLong(-1), stock.path("onHand").asInt(-1),
                    stock.path("reserved").asInt(-1), stock.path("available").asInt(-1));
        }
    }

    /**
     * An order the run placed: who for and which products (one unit per line).
     *
     * @param customerId customer id
     * @param productIds one entry per line
     */
    public record PlacedOrder(long customerId, List<Long> productIds) {

        public PlacedOrder {
            productIds = List.copyOf(productIds);
        }

        /**
         * Whether an {@code OrderDto} answer has this customer and these units per
         * product.
         */
        boolean matches(JsonNode answer) {
            Map<Long, Long> expected = new TreeMap<>();
            productIds.forEach(id -> expected.merge(id, 1L, Long::sum));
            Map<Long, Long> actual = new TreeMap<>();
            answer.path("lines")
                .forEach(line -> actual.merge(line.path("productId").asLong(-1), line.path("quantity").asLong(),
                        Long::sum));
            return answer.path("customerId").asLong(-1) == customerId && expected.equals(actual);
        }
    }

}
