package dev.ficus.contract;

import static dev.ficus.contract.ContractCase.get;
import static dev.ficus.contract.ContractCase.send;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a careless client or an attacker sends, answered alike by the monolith and each
 * service: a 400 problem naming the field for values of the wrong type (no silent
 * coercion of {@code 1.5} or {@code "5"} into a number), a 400 for pages beyond any row
 * offset, a 413 for bodies over {@code ficus.http.max-body-size}, and a problem detail
 * instead of Tomcat's HTML page for requests the container itself refuses (too many or
 * too large headers).
 */
@ExtendWith(DeploymentsExtension.class)
class BadInputContractTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private static final String PRODUCTS = "/api/catalog/products";

    private static final String RESERVATIONS = "/api/inventory/reservations";

    private static final int MAX_BODY_SIZE = 1024 * 1024;

    @TestFactory
    Stream<DynamicTest> catalogRefusesBadInputAlikeEverywhere(Deployments deployments) {
        return new ContractRun(JSON, List.of(deployments.monolith(), deployments.catalogService()))
            .tests(catalogCases());
    }

    @TestFactory
    Stream<DynamicTest> inventoryRefusesBadInputAlikeEverywhere(Deployments deployments) {
        return new ContractRun(JSON, List.of(deployments.monolith(), deployments.inventoryService()))
            .tests(inventoryCases());
    }

    @TestFactory
    Stream<DynamicTest> ordersRefuseBadInput(Deployments deployments) {
        return new ContractRun(JSON, List.of(deployments.monolith())).tests(orderCases());
    }

    @TestFactory
    Stream<DynamicTest> containerRefusalsAreProblemDetails(Deployments deployments) {
        return Stream.of(deployments.monolith(), deployments.catalogService(), deployments.inventoryService())
            .flatMap(app -> Stream.of(
                    DynamicTest.dynamicTest(app.name() + " refuses 200 request headers",
                            () -> expectContainerProblem(app, headers(200, 10))),
                    DynamicTest.dynamicTest(app.name() + " refuses a 20 KB header",
                            () -> expectContainerProblem(app, headers(1, 20_000)))));
    }

    static List<ContractCase> catalogCases() {
        String product = """
                {"sku":"BAD-1","name":"Bad input","category":"kitchen","price":{"amount":1.5,"currency":"EUR"}}""";
        return List.of(
                get("rejectsPageBeyondAnyOffset", PRODUCTS + "?page=2147483647&size=100", 400)
                    .expecting(problem(400, "page must be less than or equal to 1000000 (was 2147483647)", PRODUCTS)),
                get("answersLastAllowedPage", PRODUCTS + "?page=1000000&size=100", 200),
                send("rejectsPriceAsText", "POST", PRODUCTS, product.replace("1.5", "\"1.50\""), 400)
                    .expecting(problem(400, "price.amount must be a number, not a string", PRODUCTS)),
                send("rejectsSkuAsNumber", "POST", PRODUCTS, product.replace("\"BAD-1\"", "123"), 400)
                    .expecting(problem(400, "sku must be a string, not 123", PRODUCTS)),
                send("rejectsJsonNestedTooDeep", "POST", PRODUCTS,
                        product.replace("{\"sku\"", "{\"extra\":" + "[".repeat(40) + "]".repeat(40) + ",\"sku\""), 400)
                    .expecting(problem(400, "Document nesting depth (33) exceeds the maximum allowed (32)", PRODUCTS)),
                send("refusesBodyOverTheLimit", "POST", PRODUCTS,
                        product.replace("\"Bad input\"", "\"" + "x".repeat(MAX_BODY_SIZE) + "\""), 413)
                    .expecting(
                            problem(413,
                                    "The request body of " + (product.length() + MAX_BODY_SIZE - 9)
                                            + " bytes is larger than the limit of " + MAX_BODY_SIZE + " bytes",
                                    PRODUCTS)));
    }

    static List<ContractCase> inventoryCases() {
        return List.of(
                send("rejectsFractionalQuantity", "POST", RESERVATIONS,
                        "{\"orderId\":9101,\"lines\":[{\"productId\":15,\"quantity\":1.5}]}", 400)
                    .expecting(problem(400, "lines[0].quantity must be a whole number, not 1.5", RESERVATIONS)),
                send("rejectsQuantityAsText", "POST", RESERVATIONS,
                        "{\"orderId\":9102,\"lines\":[{\"productId\":15,\"quantity\":\"5\"}]}", 400)
                    .expecting(problem(400, "lines[0].quantity must be a whole number, not a string", RESERVATIONS)),
                send("rejectsOrderIdAsText", "POST", RESERVATIONS,
                        "{\"orderId\":\"9103\",\"lines\":[{\"productId\":15,\"quantity\":1}]}", 400)
                    .expecting(problem(400, "orderId must be a whole number, not a string", RESERVATIONS)),
                send("rejectsFractionalStock", "PUT", "/api/inventory/15", "{\"onHand\":2.5}", 400)
                    .expecting(problem(400, "onHand must be a whole number, not 2.5", "/api/inventory/15")),
                send("rejectsTooManyLines", "POST", RESERVATIONS, "{\"orderId\":9104,\"lines\":["
                        + String.join(",", Collections.nCopies(101, "{\"productId\":15,\"quantity\":1}")) + "]}", 400)
                    .expecting(problem(400, "lines size must be between 0 and 100", RESERVATIONS)),
                get("keepsStockOfRefusedRequests", "/api/inventory/15", 200));
    }

    static List<ContractCase> orderCases() {
        String orders = "/api/orders";
        return List.of(
                send("rejectsFractionalOrderQuantity", "POST", orders,
                        "{\"customerId\":1,\"lines\":[{\"productId\":16,\"quantity\":1.5}]}", 400)
                    .expecting(problem(400, "lines[0].quantity must be a whole number, not 1.5", orders)),
                send("rejectsOrderQuantityAsText", "POST", orders,
                        "{\"customerId\":1,\"lines\":[{\"productId\":16,\"quantity\":\"5\"}]}", 400)
                    .expecting(problem(400, "lines[0].quantity must be a whole number, not a string", orders)),
                send("rejectsCustomerIdAsBoolean", "POST", orders,
                        "{\"customerId\":true,\"lines\":[{\"productId\":16,\"quantity\":1}]}", 400)
                    .expecting(problem(400, "customerId must be a whole number, not a boolean", orders)));
    }

    private static JsonNode problem(int status, String detail, String instance) {
        return JSON
            .valueToTree(Map.of("type", "about:blank", "title", status == 400 ? "Bad Request" : "Content Too Large",
                    "status", status, "detail", detail, "instance", instance));
    }

    private static Map<String, String> headers(int count, int length) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < count; i++) {
            headers.put("X-Careless-" + i, "v".repeat(length));
        }
        return headers;
    }

    private static void expectContainerProblem(AppProcess app, Map<String, String> headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(app.baseUrl().resolve(PRODUCTS + "/1"))
            .timeout(Duration.ofSeconds(30));
        headers.forEach(request::header);
        HttpResponse<String> response = HttpClient.newHttpClient()
            .send(request.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json;charset=UTF-8");
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("type").asString()).isEqualTo("about:blank");
        assertThat(body.get("title").asString()).isEqualTo("Bad Request");
        assertThat(body.get("status").asInt()).isEqualTo(400);
        assertThat(body.get("detail").asString())
            .isEqualTo("The request could not be read: malformed, or too many or too large headers");
    }

}
