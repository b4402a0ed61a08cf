package dev.ficus.contract;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An Elasticsearch stand-in on a loopback port for a log shipper: it takes {@code _bulk}
 * requests (newline-delimited JSON, an action line before each document), keeps every
 * document and the index its action named, and answers as Elasticsearch does when all
 * were indexed. Any other request (a shipper's health check) gets 200.
 */
final class ElasticsearchBulkReceiver implements AutoCloseable {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final HttpServer server;

    private final List<Indexed> documents = new CopyOnWriteArrayList<>();

    /** One document as the shipper sent it, and the index it was sent to. */
    record Indexed(String index, JsonNode document) {
    }

    private ElasticsearchBulkReceiver(HttpServer server) {
        this.server = server;
    }

    static ElasticsearchBulkReceiver start() throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        ElasticsearchBulkReceiver receiver = new ElasticsearchBulkReceiver(server);
        server.createContext("/", receiver::answer);
        server.start();
        return receiver;
    }

    /** Where the shipper sends its requests, as Elasticsearch's base URL. */
    URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every document received so far, in the order they came. */
    List<Indexed> documents() {
        return List.copyOf(documents);
    }

    private void answer(HttpExchange exchange) throws IOException {
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        byte[] reply = "{\"status\":\"green\"}".getBytes(StandardCharsets.UTF_8);
        if (exchange.getRequestURI().getPath().endsWith("/_bulk")) {
            int count = keep(body);
            String items = String.join(",", Collections.nCopies(count, "{\"index\":{\"status\":201}}"));
            reply = ("{\"took\":1,\"errors\":false,\"items\":[" + items + "]}").getBytes(StandardCharsets.UTF_8);
        }
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, reply.length);
        exchange.getResponseBody().write(reply);
        exchange.close();
    }

    /** Keeps the documents of one bulk body and returns how many there were. */
    private int keep(String body) {
        List<String> lines = body.lines().filter(line -> !line.isBlank()).toList();
        for (int i = 0; i + 1 < lines.size(); i += 2) {
            String index = JSON.readTree(lines.get(i)).path("index").path("_index").asString();
            documents.add(new Indexed(index, JSON.readTree(lines.get(i + 1))));
        }
        return lines.size() / 2;
    }

    @Override
    public void close() {
        server.stop(0);
    }

}
