package dev.ficus.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.ficus.bench.topology.ProcessSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A tiny stand-in for a shop process, started as a real separate JVM by topology tests:
 * it speaks the shop's HTTP contract, reports readiness, and can be told to exit early,
 * crash later, or fail inventory on request ({@code POST /fault/inventory}) until told to
 * stop ({@code DELETE}).
 * <p>
 * Options: {@code --server.port=N}, {@code --ready-after-ms=N},
 * {@code --exit-before-ready=CODE}, {@code --crash-after-requests=N} (answers N shop
 * requests, then exits with code 3), {@code --products=N}.
 */
public final class FakeShopApp {

    private static final AtomicLong ORDERS = new AtomicLong();

    private static final AtomicBoolean INVENTORY_FAILING = new AtomicBoolean();

    private static final AtomicLong SHOP_REQUESTS = new AtomicLong();

    private static final int ON_HAND = 1_000_000;

    private static final AtomicIntegerArray RESERVED = new AtomicIntegerArray(100_001);

    private static final Map<Long, String> PLACED = new ConcurrentHashMap<>();

    private static final JsonMapper JSON = JsonMapper.builder().build();

    public static void main(String[] args) throws IOException {
        Map<String, String> options = options(args);
        if (options.containsKey("exit-before-ready")) {
            System.out.println("failing on purpose");
            System.exit(Integer.parseInt(options.get("exit-before-ready")));
        }
        long readyAt = System.currentTimeMillis() + Long.parseLong(options.getOrDefault("ready-after-ms", "0"));
        int products = Integer.parseInt(options.getOrDefault("products", "1000"));
        long crashAfter = Long.parseLong(options.getOrDefault("crash-after-requests", "-1"));
        HttpServer server = HttpServer.create(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(options.get("server.port"))),
                100);
        server.setExecutor(Executors.newFixedThreadPool(8));
        server.createContext("/", exchange -> {
            try (exchange) {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                respond(exchange, body, System.currentTimeMillis() >= readyAt, products);
            }
            if (exchange.getRequestURI().getPath().startsWith("/api/")
                    && SHOP_REQUESTS.incrementAndGet() == crashAfter) {
                Runtime.getRuntime().halt(3);
            }
        });
        server.start();
    }

    /** How a topology test starts this class in a separate JVM. */
    public static ProcessSpec spec(String name, int port, String... options) {
        List<String> arguments = new ArrayList<>(List.of("--server.port=" + port));
        arguments.addAll(List.of(options));
        return new ProcessSpec(name, List.of("-cp", System.getProperty("java.class.path"), FakeShopApp.class.getName()),
                arguments, port, ProcessSpec.READINESS_PATH_DEFAULT);
    }

    private static void respond(HttpExchange exchange, String body, boolean ready, int products) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String method = exchange.getRequestMethod();
        if (path.equals(ProcessSpec.READINESS_PATH_DEFAULT)) {
            send(exchange, ready ? 200 : 503, "{\"status\":\"" + (ready ? "UP" : "OUT_OF_SERVICE") + "\"}");
        }
        else if (path.equals("/fault/inventory") && (method.equals("POST") || method.equals("DELETE"))) {
            INVENTORY_FAILING.set(method.equals("POST"));
            send(exchange, 200, "{}");
        }
        else if (path.startsWith("/api/inventory/")) {
            String id = path.substring(path.lastIndexOf('/') + 1);
            send(exchange, INVENTORY_FAILING.get() ? 503 : 200,
                    "{\"productId\":" + id + ",\"onHand\":10,\"reserved\":0,\"available\":10}");
        }
        else if (path.equals("/api/catalog/products")) {
            Map<String, String> query = query(exchange.getRequestURI().getQuery());
            int page = Integer.parseInt(query.getOrDefault("page", "0"));
            int size = Integer.parseInt(query.getOrDefault("size", "20"));
            List<String> content = new ArrayList<>();
            for (long id = (long) page * size + 1; id <= Math.min(products, (long) (page + 1) * size); id++) {
                content.add(product(id));
            }
            send(exchange, 200,
                    "{\"content\":[" + String.join(",", content) + "],\"page\":" + page + ",\"size\":" + size
                            + ",\"totalElements\":" + products + ",\"totalPages\":" + (products + size - 1) / size
                            + "}");
        }
        else if (path.startsWith("/api/catalog/products/")) {
            send(exchange, 200, product(Long.parseLong(path.substring(path.lastIndexOf('/') + 1))));
        }
        else if (path.equals("/api/orders") && method.equals("POST")) {
            if (INVENTORY_FAILING.get()) {
                send(exchange, 503, "{}");
                return;
            }
            long id = ORDERS.incrementAndGet();
            String order = order(id, JSON.readTree(body));
            PLACED.put(id, order);
            exchange.getResponseHeaders().add("Location", "/api/orders/" + id);
            send(exchange, 201, order);
        }
        else if (path.startsWith("/api/orders/")) {
            String order = PLACED.get(Long.parseLong(path.substring(path.lastIndexOf('/') + 1)));
            send(exchange, 200, (order == null) ? "{}" : order);
        }
        else {
            send(exchange, 404, "{}");
        }
    }

    /** An order as the shop's {@code OrderDto}; its units are reserved. */
    private static String order(long id, JsonNode request) {
        List<String> lines = new ArrayList<>();
        for (JsonNode line : request.path("lines")) {
            long product = line.path("productId").asLong();
            RESERVED.incrementAndGet((int) product);
            String price = "{\"amount\":%d.50,\"currency\":\"EUR\"}".formatted(product % 90 + 5);
            lines.add("{\"productId\":%d,\"quantity\":1,\"unitPrice\":%s,\"lineTotal\":%s}".formatted(product, price,
                    price));
        }
        return "{\"id\":%d,\"customerId\":%d,\"status\":\"PLACED\",\"lines\":[%s]}".formatted(id,
                request.path("customerId").asLong(), String.join(",", lines));
    }

    /** Product {@code id} as the shop's {@code ProductDto}, the same on every call. */
    private static String product(long id) {
        return "{\"id\":%d,\"sku\":\"SKU-%05d\",\"name\":\"Product %d\",\"category\":\"books\",\"price\":{\"amount\":%d.50,\"currency\":\"EUR\"}}"
            .formatted(id, id, id, id % 90 + 5);
    }

    private static Map<String, String> query(String query) {
        Map<String, String> parameters = new HashMap<>();
        if (query != null) {
            for (String pair : query.split("&")) {
                int eq = pair.indexOf('=');
                if (eq > 0) {
                    parameters.put(pair.substring(0, eq), pair.substring(eq + 1));
                }
            }
        }
        return parameters;
    }

    private static void send(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new HashMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            options.put(arg.substring(2, eq), arg.substring(eq + 1));
        }
        return options;
    }

}
