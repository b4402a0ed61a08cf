package dev.ficus.bench.faults;

import org.jspecify.annotations.Nullable;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import dev.ficus.bench.topology.AppJars;

/**
 * One request a careless client or an attacker sends, and the answers that refuse it
 * properly.
 *
 * @param name what is tried, e.g. {@code "admin bypass: ;x=1 path parameter"}
 * @param target the process it is sent to ({@link AppJars} names)
 * @param method HTTP method
 * @param path raw path and query, sent as is
 * @param headers extra request headers
 * @param body the body, or {@code null} for none (JSON when present)
 * @param accepted statuses that count as a proper refusal
 */
public record BadInput(String name, String target, String method, String path, Map<String, String> headers,
        @Nullable Supplier<byte[]> body, Set<Integer> accepted) {

    /**
     * Bodies over this size are refused by a sound gateway or app (the gateway's default
     * limit is 1 MiB).
     */
    static final int OVERSIZED_BODY_BYTES = 48 << 20;

    static final int MANY_HEADERS = 200;

    private static final Set<Integer> ADMIN_REFUSED = Set.of(400, 401, 403, 404);

    private static final Set<Integer> BAD_REQUEST = Set.of(400);

    private static final Set<Integer> NOT_EXPOSED = Set.of(400, 401, 403, 404, 405);

    /**
     * The table of issue #15, against the gateway and, where an app's own limits matter,
     * the apps directly.
     */
    public static List<BadInput> all() {
        return List.of(get("admin bypass: ';x=1' path parameter", AppJars.GATEWAY, "/admin;x=1/routes", ADMIN_REFUSED),
                get("admin bypass: percent-encoded letter '%61dmin'", AppJars.GATEWAY, "/%61dmin/routes",
                        ADMIN_REFUSED),
                get("admin bypass: upper case '/ADMIN'", AppJars.GATEWAY, "/ADMIN/routes", ADMIN_REFUSED),
                get("admin bypass: double slash '//admin'", AppJars.GATEWAY, "//admin/routes", ADMIN_REFUSED),
                get("admin bypass: dot segment '/api/../admin'", AppJars.GATEWAY, "/api/../admin/routes",
                        ADMIN_REFUSED),
                get("admin without token", AppJars.GATEWAY, "/admin/routes", ADMIN_REFUSED),
                json("admin bypass: PUT route through '/admin;/'", AppJars.GATEWAY, "PUT", "/admin;/routes/catalog",
                        "{\"mode\": \"SERVICE\"}", ADMIN_REFUSED),
                new BadInput("admin bypass: body-less cross-site POST rollout via '%61dmin'", AppJars.GATEWAY, "POST",
                        "/%61dmin/routes/catalog/rollout", Map.of("Origin", "http://evil.example"), null,
                        ADMIN_REFUSED),
                json("management endpoint through the gateway: POST /actuator/faults/inventory", AppJars.GATEWAY,
                        "POST", "/actuator/faults/inventory", "{}", NOT_EXPOSED),
                get("management endpoint through the gateway: GET /actuator/env", AppJars.GATEWAY, "/actuator/env",
                        NOT_EXPOSED),
                get("encoded slash '%2F' in an API path", AppJars.GATEWAY, "/api/catalog%2Fproducts/1",
                        Set.of(400, 404)),
                get("';' in an API path", AppJars.GATEWAY, "/api/catalog/products;x=1/1", Set.of(400, 404)),
                get("page overflow (gateway)", AppJars.GATEWAY, "/api/catalog/products?page=2147483647&size=100",
                        BAD_REQUEST),
                get("page overflow (monolith)", AppJars.MONOLITH, "/api/catalog/products?page=2147483647&size=100",
                        BAD_REQUEST),
                get("page overflow (catalog-service)", AppJars.CATALOG_SERVICE,
                        "/api/catalog/products?page=2147483647&size=100", BAD_REQUEST),
                get("id overflow", AppJars.GATEWAY, "/api/orders/99999999999999999999", BAD_REQUEST),
                json("number coercion: quantity 1.5", AppJars.GATEWAY, "POST", "/api/orders",
                        "{\"customerId\": 1, \"lines\": [{\"productId\": 41, \"quantity\": 1.5}]}", BAD_REQUEST),
                json("number coercion: onHand \"50\" as a string", AppJars.GATEWAY, "PUT", "/api/inventory/41",
                        "{\"onHand\": \"50\"}", BAD_REQUEST),
                json("number coercion: onHand 12.7", AppJars.GATEWAY, "PUT", "/api/inventory/41", "{\"onHand\": 12.7}",
                        BAD_REQUEST),
                json("number coercion: customerId \"1\" as a string", AppJars.MONOLITH, "POST", "/api/orders",
                        "{\"customerId\": \"1\", \"lines\": [{\"productId\": 41, \"quantity\": 1}]}", BAD_REQUEST),
                json("deeply nested JSON (10,000 levels)", AppJars.GATEWAY, "POST", "/api/orders",
                        "[".repeat(10_000) + "]".repeat(10_000), Set.of(400, 413)),
                manyHeaders(AppJars.GATEWAY), manyHeaders(AppJars.MONOLITH), oversized(AppJars.GATEWAY),
                oversized(AppJars.MONOLITH), oversized(AppJars.CATALOG_SERVICE));
    }

    private static BadInput get(String name, String target, String path, Set<Integer> accepted) {
        return new BadInput(name, target, "GET", path, Map.of(), null, accepted);
    }

    private static BadInput json(String name, String target, String method, String path, String body,
            Set<Integer> accepted) {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return new BadInput(name, target, method, path, Map.of(), () -> bytes, accepted);
    }

    private static BadInput manyHeaders(String target) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (int i = 0; i < MANY_HEADERS; i++) {
            headers.put("X-Probe-" + i, "value-" + i);
        }
        return new BadInput(MANY_HEADERS + " request headers (" + target + ")", target, "GET",
                "/api/catalog/products/1", headers, null, Set.of(400, 431));
    }

    /**
     * A valid-looking order whose lines run to 48 MiB, as in issue #15 (the body is built
     * when sent).
     */
    private static BadInput oversized(String target) {
        String path = target.equals(AppJars.CATALOG_SERVICE) ? "/api/catalog/products" : "/api/orders";
        return new BadInput("48 MiB JSON body (" + target + ")", target, "POST", path, Map.of(),
                BadInput::oversizedOrder, Set.of(413, 400));
    }

    static byte[] oversizedOrder() {
        String line = "{\"productId\": 41, \"quantity\": 1},";
        StringBuilder body = new StringBuilder(OVERSIZED_BODY_BYTES + 64).append("{\"customerId\": 1, \"lines\": [");
        while (body.length() < OVERSIZED_BODY_BYTES) {
            body.append(line);
        }
        body.append("{\"productId\": 41, \"quantity\": 1}]}");
        return body.toString().getBytes(StandardCharsets.US_ASCII);
    }
}
