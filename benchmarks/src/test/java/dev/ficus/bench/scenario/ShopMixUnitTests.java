package dev.ficus.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.net.http.HttpHeaders;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import dev.ficus.bench.load.PlannedRequest;

class ShopMixUnitTests {

    private static final ShopData DATA = new ShopData(1000, 200, 20);

    private static final Pattern PRODUCT_ID = Pattern.compile("\"productId\":(\\d+)");

    @Test
    void drawsEndpointsInStatedProportions() {
        ShopMix mix = new ShopMix(DATA, 7);
        confirmOrder(mix, 42);
        Map<ShopEndpoint, Integer> counts = new EnumMap<>(ShopEndpoint.class);
        int draws = 100_000;
        for (int i = 0; i < draws; i++) {
            counts.merge(endpointOf(mix.next()), 1, Integer::sum);
        }
        for (ShopEndpoint endpoint : ShopEndpoint.values()) {
            assertThat(counts.getOrDefault(endpoint, 0) / (double) draws).as(endpoint.label())
                .isCloseTo(endpoint.weightPercent() / 100.0, within(0.01));
        }
    }

    @Test
    void catalogHeavyMixDrawsNinetyPercentCatalogReadsAndTheRestAsTheShopMixWeighsThem() {
        ShopMix mix = new ShopMix(DATA, 11).withCatalogReads(90);
        confirmOrder(mix, 42);
        Map<ShopEndpoint, Integer> counts = new EnumMap<>(ShopEndpoint.class);
        int draws = 200_000;
        for (int i = 0; i < draws; i++) {
            counts.merge(endpointOf(mix.next()), 1, Integer::sum);
        }
        assertThat(counts.get(ShopEndpoint.BROWSE_CATALOG) / (double) draws).isCloseTo(0.90 * 60 / 85, within(0.005));
        assertThat(counts.get(ShopEndpoint.PRODUCT_DETAIL) / (double) draws).isCloseTo(0.90 * 25 / 85, within(0.005));
        assertThat(counts.get(ShopEndpoint.PLACE_ORDER) / (double) draws).isCloseTo(0.10 * 10 / 15, within(0.005));
        assertThat(counts.get(ShopEndpoint.ORDER_STATUS) / (double) draws).isCloseTo(0.10 * 5 / 15, within(0.005));
        assertThat(counts).doesNotContainKey(ShopEndpoint.STOCK_LEVEL);
    }

    @Test
    void refusesACatalogShareOutsideZeroToHundred() {
        ShopMix mix = new ShopMix(DATA, 11);
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
            .isThrownBy(() -> mix.withCatalogReads(100));
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> mix.withCatalogReads(0));
    }

    @Test
    void replacesAskedShareWithStockChecksOverSeededProducts() {
        ShopMix mix = new ShopMix(new ShopData(30, 5, 10), 5).withStockChecks(10);
        List<PlannedRequest> requests = IntStream.range(0, 50_000).mapToObj(i -> mix.next()).toList();

        List<PlannedRequest> stock = requests.stream()
            .filter(request -> endpointOf(request) == ShopEndpoint.STOCK_LEVEL)
            .toList();
        assertThat(stock.size() / 50_000.0).isCloseTo(0.10, within(0.01));
        assertThat(stock)
            .allSatisfy(request -> assertThat(Integer.parseInt(request.path().substring(15))).isBetween(1, 30));
        long browse = requests.stream().filter(request -> endpointOf(request) == ShopEndpoint.BROWSE_CATALOG).count();
        assertThat(browse / 50_000.0).isCloseTo(0.9 * 0.6, within(0.01));
    }

    @Test
    void asksOnlyForOrdersTheServerConfirmed() {
        ShopMix mix = new ShopMix(DATA, 7);
        List<PlannedRequest> before = IntStream.range(0, 2000).mapToObj(i -> mix.next()).toList();
        assertThat(before).noneMatch(request -> endpointOf(request) == ShopEndpoint.ORDER_STATUS);

        confirmOrder(mix, 42);
        mix.completed(PlannedRequest.get(ShopEndpoint.BROWSE_CATALOG.label(), "/api/catalog/products"), 201,
                location("/api/orders/99"));

        List<String> statusPaths = IntStream.range(0, 2000)
            .mapToObj(i -> mix.next())
            .filter(request -> endpointOf(request) == ShopEndpoint.ORDER_STATUS)
            .map(PlannedRequest::path)
            .distinct()
            .toList();
        assertThat(statusPaths).containsExactly("/api/orders/42");
        assertThat(mix.knownOrders()).isEqualTo(1);
    }

    @Test
    void drawsIdsOnlyFromSeededRanges() {
        ShopMix mix = new ShopMix(new ShopData(30, 5, 10), 3);
        for (int i = 0; i < 5000; i++) {
            PlannedRequest request = mix.next();
            switch (endpointOf(request)) {
                case BROWSE_CATALOG -> assertThat(request.path()).matches("/api/catalog/products\\?page=[0-2]&size=10");
                case PRODUCT_DETAIL -> assertThat(Integer.parseInt(request.path().substring(22))).isBetween(1, 30);
                case PLACE_ORDER -> {
                    assertThat(request.jsonBody()).matches("\\{\"customerId\":[1-5],\"lines\":\\[.*]}");
                    Matcher ids = PRODUCT_ID.matcher(request.jsonBody());
                    while (ids.find()) {
                        assertThat(Integer.parseInt(ids.group(1))).isBetween(1, 30);
                    }
                }
                case ORDER_STATUS -> throw new AssertionError("no order was confirmed: " + request);
            }
        }
    }

    @Test
    void repeatsTheSameSequenceForTheSameSeed() {
        ShopMix a = new ShopMix(DATA, 11);
        ShopMix b = new ShopMix(DATA, 11);
        for (int i = 0; i < 500; i++) {
            assertThat(a.next()).isEqualTo(b.next());
        }
        assertThat(new ShopMix(DATA, 12).next()).isNotEqualTo(new ShopMix(DATA, 11).next());
    }

    @Test
    void readsOrderIdFromRelativeOrAbsoluteLocation() {
        assertThat(ShopMix.orderId("/api/orders/17")).contains(17L);
        assertThat(ShopMix.orderId("http://127.0.0.1:8080/api/orders/23")).contains(23L);
        assertThat(ShopMix.orderId("/api/orders/abc")).isEmpty();
    }

    private static void confirmOrder(ShopMix mix, long id) {
        mix.completed(PlannedRequest.postJson(ShopEndpoint.PLACE_ORDER.label(), "/api/orders", "{}"), 201,
                location("/api/orders/" + id));
    }

    private static HttpHeaders location(String value) {
        return HttpHeaders.of(Map.of("Location", List.of(value)), (name, v) -> true);
    }

    private static ShopEndpoint endpointOf(PlannedRequest request) {
        for (ShopEndpoint endpoint : ShopEndpoint.values()) {
            if (endpoint.label().equals(request.endpoint())) {
                return endpoint;
            }
        }
        throw new AssertionError("unknown endpoint " + request.endpoint());
    }

}
