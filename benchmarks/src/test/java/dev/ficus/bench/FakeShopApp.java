package dev.ficus.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.ficus.bench.topology.ProcessSpec;

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
                exchange.getRequestBody().readAllBytes();
                respond(exchange, System.currentTimeMillis() >= readyAt, products);
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

    private static void respond(HttpExchange exchange, boolean ready, int products) throws IOException {
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
            send(exchange, 200, "{\"content\":[],\"page\":0,\"size\":1,\"totalElements\":" + products
                    + ",\"totalPages\":" + products + "}");
        }
        else if (path.startsWith("/api/catalog/products/")) {
            send(exchange, 200, "{\"id\":" + path.substring(path.lastIndexOf('/') + 1) + "}");
        }
        else if (path.equals("/api/orders") && method.equals("POST")) {
            if (INVENTORY_FAILING.get()) {
                send(exchange, 503, "{}");
                return;
            }
            exchange.getResponseHeaders().add("Location", "/api/orders/" + ORDERS.incrementAndGet());
            send(exchange, 201, "{}");
        }
        else if (path.startsWith("/api/orders/")) {
            send(exchange, 200, "{}");
        }
        else {
            send(exchange, 404, "{}");
        }
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
