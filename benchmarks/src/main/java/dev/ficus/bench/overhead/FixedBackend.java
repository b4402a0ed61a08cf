package dev.ficus.bench.overhead;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import dev.ficus.bench.topology.ProcessSpec;

/**
 * The constant-cost backend of the overhead benchmark: answers every request with the
 * same ~1 KB JSON document at once, so whatever a proxy adds is all that differs between
 * the measured paths. Runs in a JVM of its own.
 */
public final class FixedBackend {

    /** The answer: about 1 KB of JSON, built once. */
    static final byte[] BODY = body();

    private static final int WORKERS = 8;

    private FixedBackend() {
    }

    /** Usage: {@code FixedBackend PORT}. */
    public static void main(String[] args) {
        // The JDK server writes headers and body apart; without this, Nagle and delayed
        // ACKs add 40 ms.
        System.setProperty("sun.net.httpserver.nodelay", "true");
        int port = Integer.parseInt(args[0]);
        ExecutorService workers = Executors.newFixedThreadPool(WORKERS);
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1024);
            server.createContext("/", FixedBackend::answer);
            server.setExecutor(workers);
            server.start();
        }
        catch (IOException ex) {
            throw new UncheckedIOException("cannot listen on port " + port, ex);
        }
    }

    /** How to start it as its own JVM from this code's class path. */
    static ProcessSpec spec(String name, int port) {
        return new ProcessSpec(name,
                List.of("-cp", System.getProperty("java.class.path"), FixedBackend.class.getName()),
                List.of(Integer.toString(port)), port, "/ready");
    }

    private static void answer(HttpExchange exchange) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, BODY.length);
            exchange.getResponseBody().write(BODY);
        }
    }

    private static byte[] body() {
        StringBuilder json = new StringBuilder("{\"id\":1,\"sku\":\"TEA-0001\",\"name\":\"Fixed answer\",\"items\":[");
        for (int i = 0; i < 12; i++) {
            json.append(i == 0 ? "" : ",")
                .append("{\"line\":%d,\"product\":\"product-%04d\",\"quantity\":%d,\"price\":\"%d.99\",\"note\":\"constant\"}"
                    .formatted(i, i, i + 1, 10 + i));
        }
        return json.append("]}").toString().getBytes(StandardCharsets.UTF_8);
    }

}
