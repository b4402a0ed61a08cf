package dev.ficus.shop;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.client.RestTestClient;

/**
 * What the tests that start whole shop applications ask of them: place an order over
 * HTTP, read an order's status and the event publications from the database.
 */
final class RunningShops {

    private RunningShops() {
    }

    /** Places an order of one product 11 for customer 1; its id. */
    static long placeOrder(ConfigurableApplicationContext shop) {
        String port = shop.getEnvironment().getProperty("local.server.port");
        RestTestClient client = RestTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build();
        return client.post()
            .uri("/api/orders")
            .contentType(MediaType.APPLICATION_JSON)
            .body("{\"customerId\": 1, \"lines\": [{\"productId\": 11, \"quantity\": 1}]}")
            .exchange()
            .expectStatus()
            .isCreated()
            .expectBody(OrderId.class)
            .returnResult()
            .getResponseBody()
            .id();
    }

    static long incompletePublications(JdbcClient jdbc) {
        return count(jdbc, "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL");
    }

    static String status(JdbcClient jdbc, long orderId) {
        return jdbc.sql("SELECT status FROM orders_order WHERE id = ?").param(orderId).query(String.class).single();
    }

    static long count(JdbcClient jdbc, String sql, Object... parameters) {
        return jdbc.sql(sql).params(parameters).query(Long.class).single();
    }

    private record OrderId(long id) {
    }

}
