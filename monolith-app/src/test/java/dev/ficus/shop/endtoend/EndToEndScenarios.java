package dev.ficus.shop.endtoend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.ficus.shop.api.seed.SeedData;
import dev.ficus.shop.api.seed.SeedProduct;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.micrometer.tracing.test.autoconfigure.AutoConfigureTracing;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;
import org.springframework.test.web.servlet.client.RestTestClient.ResponseSpec;

/**
 * The shop's HTTP contract and order flow, exercised over real HTTP against a running
 * shop. Subclasses decide the database; every scenario works on its own products and
 * customers so that they can share one shop.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureTracing
@ExtendWith(OutputCaptureExtension.class)
abstract class EndToEndScenarios {

    private static final Duration FLOW_TIMEOUT = Duration.ofSeconds(30);

    @LocalServerPort
    private int port;

    @Autowired
    private JdbcClient jdbc;

    private RestTestClient client;

    @BeforeEach
    void connect() {
        client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
    }

    @Test
    void shipsAPlacedOrderAndTakesItsStockOutForGood() {
        long customerId = registerCustomer("ada@example.com");
        SeedProduct kettle = SeedData.product(3);
        SeedProduct tent = SeedData.product(4);
        BigDecimal total = kettle.price().amount().multiply(BigDecimal.valueOf(2)).add(tent.price().amount());

        Map<?, ?> placed = post("/api/orders", """
                {"customerId": %d, "lines": [{"productId": 3, "quantity": 2}, {"productId": 4, "quantity": 1}]}
                """.formatted(customerId)).expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
        long orderId = ((Number) placed.get("id")).longValue();
        assertThat(placed.get("status")).isEqualTo("PLACED");

        await().atMost(FLOW_TIMEOUT)
            .untilAsserted(() -> get("/api/orders/" + orderId).expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$.status")
                .isEqualTo("SHIPPED")
                .jsonPath("$.trackingNumber")
                .isEqualTo("FS-TRK-%08d".formatted(orderId))
                .jsonPath("$.total.amount")
                .isEqualTo(total.doubleValue()));
        expectStock(3, kettle.onHand() - 2, 0);
        expectStock(4, tent.onHand() - 1, 0);
        get("/api/payments?orderId=" + orderId).expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.length()")
            .isEqualTo(1)
            .jsonPath("$[0].status")
            .isEqualTo("AUTHORIZED")
            .jsonPath("$[0].amount.amount")
            .isEqualTo(total.doubleValue());
        await().atMost(FLOW_TIMEOUT)
            .untilAsserted(() -> get("/api/notifications?customerId=" + customerId).expectStatus()
                .isOk()
                .expectBody()
                .jsonPath("$[*].type")
                .isEqualTo(List.of("WELCOME", "ORDER_PLACED", "ORDER_SHIPPED")));
    }

    @Test
    void rejectsAnOrderBeyondAvailableStockAndWritesNothing() {
        long customerId = registerCustomer("bob@example.com");
        SeedProduct scarce = SeedData.product(6);
        int available = scarce.onHand() - scarce.reserved();

        expectProblem(post("/api/orders", """
                {"customerId": %d, "lines": [{"productId": 7, "quantity": 1}, {"productId": 6, "quantity": %d}]}
                """.formatted(customerId, available + 1)), 409,
                "Insufficient stock for product 6: requested %d, available %d".formatted(available + 1, available),
                "/api/orders");

        expectStock(6, scarce.onHand(), scarce.reserved());
        expectStock(7, SeedData.product(7).onHand(), SeedData.product(7).reserved());
        assertThat(count("SELECT COUNT(*) FROM orders_order WHERE customer_id = ?", customerId)).isZero();
        assertThat(count("SELECT COUNT(*) FROM inventory_reservation WHERE product_id IN (6, 7)")).isZero();
        assertThat(count("SELECT COUNT(*) FROM payments_payment WHERE customer_id = ?", customerId)).isZero();
    }

    @Test
    void answersMalformedJsonWithABadRequestProblem() {
        expectProblem(post("/api/orders", "{\"customerId\": 1, \"lines\": ["), 400, "Failed to read request",
                "/api/orders");
        expectProblem(post("/api/catalog/products", "not json at all"), 400, "Failed to read request",
                "/api/catalog/products");
    }

    @Test
    void answersInvalidFieldsWithABadRequestProblem() {
        expectProblem(post("/api/orders", """
                {"customerId": 1, "lines": [{"productId": 1, "quantity": 0}]}
                """), 400, "lines[0].quantity must be greater than or equal to 1 (was 0)", "/api/orders");
        expectProblem(post("/api/orders", """
                {"lines": []}
                """), 400, "customerId must not be null; lines must not be empty", "/api/orders");
        expectProblem(post("/api/catalog/products", """
                {"sku": "", "name": "Lamp", "category": "home", "price": {"amount": -1, "currency": "EUR"}}
                """), 400,
                "price.amount must be greater than or equal to 0.00 (was -1); sku must not be blank (was \"\")",
                "/api/catalog/products");
        expectProblem(post("/api/customers", """
                {"name": "Eve", "email": "not-an-email"}
                """), 400, "email must be a well-formed email address (was \"not-an-email\")", "/api/customers");
        expectProblem(put("/api/inventory/1", "{\"onHand\": -1}"), 400,
                "onHand must be greater than or equal to 0 (was -1)", "/api/inventory/1");
    }

    @Test
    void answersUnknownIdsWithNotFoundProblems() {
        expectProblem(get("/api/catalog/products/99999"), 404, "Product 99999 not found",
                "/api/catalog/products/99999");
        expectProblem(get("/api/inventory/99999"), 404, "Product 99999 not found", "/api/inventory/99999");
        expectProblem(put("/api/inventory/99999", "{\"onHand\": 5}"), 404, "Product 99999 not found",
                "/api/inventory/99999");
        expectProblem(get("/api/customers/99999"), 404, "Customer 99999 not found", "/api/customers/99999");
        expectProblem(get("/api/orders/99999"), 404, "Order 99999 not found", "/api/orders/99999");
        expectProblem(post("/api/orders", """
                {"customerId": 99999, "lines": [{"productId": 1, "quantity": 1}]}
                """), 404, "Customer 99999 not found", "/api/orders");
        expectProblem(post("/api/orders", """
                {"customerId": 1, "lines": [{"productId": 99999, "quantity": 1}]}
                """), 404, "Product 99999 not found", "/api/orders");
    }

    @Test
    void pagesThroughTheCatalogInIdOrder() {
        SeedProduct sixth = SeedData.product(6);
        get("/api/catalog/products?page=1&size=5").expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.content[*].id")
            .isEqualTo(List.of(6, 7, 8, 9, 10))
            .jsonPath("$.content[0].sku")
            .isEqualTo(sixth.sku())
            .jsonPath("$.content[0].category")
            .isEqualTo(sixth.category())
            .jsonPath("$.content[0].price.amount")
            .isEqualTo(sixth.price().amount().doubleValue())
            .jsonPath("$.page")
            .isEqualTo(1)
            .jsonPath("$.size")
            .isEqualTo(5);
        expectProblem(get("/api/catalog/products?size=0"), 400, "size must be greater than or equal to 1 (was 0)",
                "/api/catalog/products");
        expectProblem(get("/api/catalog/products?size=101"), 400, "size must be less than or equal to 100 (was 101)",
                "/api/catalog/products");
    }

    @Test
    void addsProductsWithoutStockAndRejectsDuplicateSkus() {
        String lamp = """
                {"sku": "LAMP-1", "name": "Desk lamp", "description": "Warm light", "category": "office",
                 "price": {"amount": 24.50, "currency": "EUR"}}
                """;
        Map<?, ?> created = post("/api/catalog/products", lamp).expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
        long id = ((Number) created.get("id")).longValue();
        assertThat(created.get("category")).isEqualTo("office");

        get("/api/catalog/products/" + id).expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$.sku")
            .isEqualTo("LAMP-1")
            .jsonPath("$.price.amount")
            .isEqualTo(24.5)
            .jsonPath("$.price.currency")
            .isEqualTo("EUR");
        expectStock(id, 0, 0);
        expectProblem(post("/api/catalog/products", lamp), 409, "Product with sku LAMP-1 already exists",
                "/api/catalog/products");
    }

    @Test
    void setsStockButNeverBelowWhatIsReserved() {
        SeedProduct product = SeedData.product(10);
        assertThat(product.reserved()).isPositive();

        expectProblem(put("/api/inventory/10", "{\"onHand\": %d}".formatted(product.reserved() - 1)), 409,
                "Stock of product 10 cannot be set to %d: %d units are reserved".formatted(product.reserved() - 1,
                        product.reserved()),
                "/api/inventory/10");
        put("/api/inventory/10", "{\"onHand\": 50}").expectStatus()
            .isOk()
            .expectBody()
            .json("{\"productId\": 10, \"onHand\": 50, \"reserved\": %d, \"available\": %d}"
                .formatted(product.reserved(), 50 - product.reserved()));
        expectStock(10, 50, product.reserved());
    }

    @Test
    void registersCustomersOncePerEmail() {
        String body = "{\"name\": \"Carol\", \"email\": \"carol@example.com\"}";
        ResponseSpec created = post("/api/customers", body).expectStatus().isCreated();
        Map<?, ?> customer = created.expectBody(Map.class).returnResult().getResponseBody();
        long id = ((Number) customer.get("id")).longValue();

        get("/api/customers/" + id).expectStatus()
            .isOk()
            .expectBody()
            .json("{\"id\": %d, \"name\": \"Carol\", \"email\": \"carol@example.com\"}".formatted(id));
        expectProblem(post("/api/customers", body), 409, "Customer with email carol@example.com already exists",
                "/api/customers");
    }

    @Test
    void reportsSalesByCategoryFromTwoModulesTables() {
        long customerId = registerCustomer("dan@example.com");
        SeedProduct first = SeedData.product(12);
        SeedProduct second = SeedData.product(17);
        assertThat(first.category()).isEqualTo(second.category());
        post("/api/orders", """
                {"customerId": %d, "lines": [{"productId": 12, "quantity": 1}, {"productId": 17, "quantity": 2}]}
                """.formatted(customerId)).expectStatus().isCreated();

        BigDecimal revenue = first.price().amount().add(second.price().amount().multiply(BigDecimal.valueOf(2)));
        get("/api/orders/reports/sales-by-category").expectStatus()
            .isOk()
            .expectBody()
            .jsonPath("$[?(@.category == '%s')].unitsSold".formatted(first.category()))
            .isEqualTo(List.of(3))
            .jsonPath("$[?(@.category == '%s')].revenue.amount".formatted(first.category()))
            .isEqualTo(List.of(revenue.doubleValue()));
    }

    @Test
    void carriesTheW3cTraceIdIntoStructuredLogs(CapturedOutput output) {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        Map<?, ?> placed = client.post()
            .uri("/api/orders")
            .contentType(MediaType.APPLICATION_JSON)
            .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
            .body("{\"customerId\": 2, \"lines\": [{\"productId\": 15, \"quantity\": 1}]}")
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();

        String placedLine = output.getOut()
            .lines()
            .filter(line -> line.contains("Order " + placed.get("id") + " placed for customer 2"))
            .findFirst()
            .orElseThrow();
        assertThat(placedLine).startsWith("{").contains(traceId).contains("\"level\":\"INFO\"");
    }

    @Test
    void exposesReadinessAndPrometheusMetrics() {
        get("/actuator/health/readiness").expectStatus().isOk().expectBody().jsonPath("$.status").isEqualTo("UP");
        get("/api/catalog/products/1").expectStatus().isOk();
        String metrics = get("/actuator/prometheus").expectStatus()
            .isOk()
            .expectBody(String.class)
            .returnResult()
            .getResponseBody();
        assertThat(metrics).contains("http_server_requests_seconds_count{")
            .contains("uri=\"/api/catalog/products/{id}\"");
    }

    private long registerCustomer(String email) {
        Map<?, ?> customer = post("/api/customers", "{\"name\": \"Test customer\", \"email\": \"%s\"}".formatted(email))
            .expectStatus()
            .isCreated()
            .expectBody(Map.class)
            .returnResult()
            .getResponseBody();
        return ((Number) customer.get("id")).longValue();
    }

    private void expectStock(long productId, int onHand, int reserved) {
        get("/api/inventory/" + productId).expectStatus()
            .isOk()
            .expectBody()
            .json("{\"productId\": %d, \"onHand\": %d, \"reserved\": %d, \"available\": %d}".formatted(productId,
                    onHand, reserved, onHand - reserved));
    }

    private void expectProblem(ResponseSpec response, int status, String detail, String instance) {
        response.expectStatus()
            .isEqualTo(status)
            .expectHeader()
            .contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
            .expectBody()
            .jsonPath("$.type")
            .isEqualTo("about:blank")
            .jsonPath("$.title")
            .isNotEmpty()
            .jsonPath("$.status")
            .isEqualTo(status)
            .jsonPath("$.detail")
            .isEqualTo(detail)
            .jsonPath("$.instance")
            .isEqualTo(instance);
    }

    private long count(String sql, Object... parameters) {
        return jdbc.sql(sql).params(parameters).query(Long.class).single();
    }

    private ResponseSpec get(String uri) {
        return client.get().uri(uri).exchange();
    }

    private ResponseSpec post(String uri, String json) {
        return client.post().uri(uri).contentType(MediaType.APPLICATION_JSON).body(json).exchange();
    }

    private ResponseSpec put(String uri, String json) {
        return client.put().uri(uri).contentType(MediaType.APPLICATION_JSON).body(json).exchange();
    }

}
