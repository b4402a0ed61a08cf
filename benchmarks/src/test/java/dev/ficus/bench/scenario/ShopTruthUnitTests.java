package dev.ficus.bench.scenario;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.ficus.bench.load.PlannedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ShopTruthUnitTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Products 1 and 2 as the shop seeds them, with their seeded stock. */
    private static ShopTruth truth() {
        return new ShopTruth(
                List.of(new ProductFacts(1, "SKU-00001", "Product 1", "books", new BigDecimal("6.36"), "EUR"),
                        new ProductFacts(2, "SKU-00002", "Product 2", "garden", new BigDecimal("7.73"), "EUR")),
                List.of(new ShopTruth.StockFacts(1, 17, 0, 17), new ShopTruth.StockFacts(2, 24, 0, 24)));
    }

    private static JsonNode json(String text) {
        return JSON.readTree(text);
    }

    private static String product(long id, String name, String amount) {
        return """
                {"id":%d,"sku":"SKU-0000%d","name":"%s","description":"Demo item","category":"%s",
                 "price":{"amount":%s,"currency":"EUR"}}""".formatted(id, id, name, (id == 1) ? "books" : "garden",
                amount);
    }

    @Test
    void acceptsTheProductTheOwnerAnsweredAtTheStartWhateverTheTrailingZeros() {
        assertThat(truth().checkProduct(1, json(product(1, "Product 1", "6.360")))).isEmpty();
    }

    @Test
    void findsAProductWithAnotherPriceNameOrIdWrong() {
        ShopTruth truth = truth();

        assertThat(truth.checkProduct(1, json(product(1, "Product 1", "5.99"))))
            .hasValue("product price differs from the owner's");
        assertThat(truth.checkProduct(1, json(product(1, "Old name", "6.36"))))
            .hasValue("product name differs from the owner's");
        assertThat(truth.checkProduct(1, json(product(2, "Product 2", "7.73"))))
            .hasValue("product id differs from the owner's");
    }

    @Test
    void findsACatalogPageWithAStaleProductOrAnotherCountWrong() {
        ShopTruth truth = truth();
        String right = "{\"content\":[" + product(1, "Product 1", "6.36") + "," + product(2, "Product 2", "7.73")
                + "],\"page\":0,\"size\":20,\"totalElements\":2,\"totalPages\":1}";

        assertThat(truth.checkPage(json(right))).isEmpty();
        assertThat(truth.checkPage(json(right.replace("7.73", "9.99"))))
            .hasValue("product price differs from the owner's");
        assertThat(truth.checkPage(json(right.replace("\"totalElements\":2", "\"totalElements\":3"))))
            .hasValue("product count differs from the owner's");
    }

    @Test
    void acceptsAStockLevelBetweenWhatTheSentAndTheAcknowledgedOrdersLeave() {
        ShopTruth truth = truth();
        truth.ordering(List.of(1L, 1L, 1L));
        truth.ordered(List.of(1L, 1L));

        // two units acknowledged before the read, a third sent and maybe reserved
        String reserved = "{\"productId\":1,\"onHand\":17,\"reserved\":2,\"available\":15}";
        String oneShipped = "{\"productId\":1,\"onHand\":16,\"reserved\":2,\"available\":14}";
        assertThat(truth.checkStock(1, truth.acknowledgedLines(1), json(reserved))).isEmpty();
        assertThat(truth.checkStock(1, truth.acknowledgedLines(1), json(oneShipped))).isEmpty();
    }

    @Test
    void findsTheSeedStockOfAStaleCopyWrongOnceAnOrderForTheProductWasAcknowledged() {
        ShopTruth truth = truth();
        String seed = "{\"productId\":1,\"onHand\":17,\"reserved\":0,\"available\":17}";
        assertThat(truth.checkStock(1, truth.acknowledgedLines(1), json(seed))).isEmpty();

        truth.ordering(List.of(1L));
        truth.ordered(List.of(1L));

        assertThat(truth.checkStock(1, truth.acknowledgedLines(1), json(seed)))
            .hasValue("stale stock (orders acknowledged before the read are missing)");
    }

    @Test
    void findsStockOfAnotherProductInconsistentOrBeyondTheOrdersSentWrong() {
        ShopTruth truth = truth();
        truth.ordering(List.of(2L));

        assertThat(truth.checkStock(1, 0, json("{\"productId\":2,\"onHand\":24,\"reserved\":0,\"available\":24}")))
            .hasValue("stock of another product");
        assertThat(truth.checkStock(2, 0, json("{\"productId\":2,\"onHand\":24,\"reserved\":1,\"available\":24}")))
            .hasValue("stock inconsistent (available != onHand - reserved)");
        assertThat(truth.checkStock(2, 0, json("{\"productId\":2,\"onHand\":24,\"reserved\":2,\"available\":22}")))
            .hasValue("stock outside what the orders sent allow");
    }

    @Test
    void findsAnOrderWithOtherLinesOrAStalePriceWrong() {
        ShopTruth truth = truth();
        ShopTruth.PlacedOrder placed = new ShopTruth.PlacedOrder(7, List.of(1L, 2L, 1L));
        String order = """
                {"id":41,"customerId":7,"status":"PAID","lines":[
                 {"productId":1,"quantity":2,"unitPrice":{"amount":6.36,"currency":"EUR"},"lineTotal":{"amount":12.72,"currency":"EUR"}},
                 {"productId":2,"quantity":1,"unitPrice":{"amount":7.73,"currency":"EUR"},"lineTotal":{"amount":7.73,"currency":"EUR"}}],
                 "total":{"amount":20.45,"currency":"EUR"},"trackingNumber":null}""";

        assertThat(truth.checkOrder(41, placed, json(order))).isEmpty();
        assertThat(truth.checkOrder(42, placed, json(order))).hasValue("order id differs");
        assertThat(truth.checkOrder(41, new ShopTruth.PlacedOrder(8, placed.productIds()), json(order)))
            .hasValue("order customer or lines differ from what was placed");
        assertThat(truth.checkOrder(41, placed, json(order.replace("\"amount\":7.73,", "\"amount\":7.00,"))))
            .hasValue("order unit price differs from the product's");
    }

    @Test
    void mixJudgesAStockReadAgainstTheOrdersAcknowledgedBeforeItWasPlanned() {
        ShopTruth truth = truth();
        ShopMix mix = new ShopMix(new ShopData(2, 1, 20), truth, 1).withStockChecks(99);
        PlannedRequest read = nextOf(mix, "stock-level");
        long id = Long.parseLong(read.path().substring(read.path().lastIndexOf('/') + 1));
        int seedAvailable = (id == 1) ? 17 : 24;
        String seed = "{\"productId\":%d,\"onHand\":%d,\"reserved\":0,\"available\":%d}".formatted(id, seedAvailable,
                seedAvailable);
        // an order acknowledged after the read was planned does not make the seed stale
        truth.ordering(List.of(id));
        truth.ordered(List.of(id));

        assertThat(mix.readsBodies()).isTrue();
        assertThat(mix.wrongAnswer(read, 200, seed)).isEmpty();
        assertThat(mix.wrongAnswer(read, 200, "<html>gateway error</html>")).hasValue("unreadable body");
        PlannedRequest later = nextOf(mix, "stock-level");
        String laterSeed = seed.replace("\"productId\":" + id, "\"productId\":" + later.path().substring(15));
        if (later.path().endsWith("/" + id)) {
            assertThat(mix.wrongAnswer(later, 200, laterSeed))
                .hasValue("stale stock (orders acknowledged before the read are missing)");
        }
    }

    private static PlannedRequest nextOf(ShopMix mix, String endpoint) {
        for (int i = 0; i < 1000; i++) {
            PlannedRequest request = mix.next();
            if (request.endpoint().equals(endpoint)) {
                return request;
            }
        }
        throw new AssertionError("the mix planned no " + endpoint);
    }

}
