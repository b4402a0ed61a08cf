package dev.ficus.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A real HTTP server on a free loopback port whose every response is decided by a test.
 */
public final class TestServer implements AutoCloseable {

    /** Decides the response to one exchange; may sleep to simulate a slow server. */
    @FunctionalInterface
    public interface Responder {

        Response respond(HttpExchange exchange) throws InterruptedException;

    }

    /** A response: status code and, optionally, a Location header. */
    public record Response(int status, String location) {

        public static Response status(int status) {
            return new Response(status, null);
        }
    }

    private final HttpServer server;

    private final ExecutorService workers;

    private TestServer(Responder responder, int workerThreads) {
        try {
            this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 200);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        this.workers = Executors.newFixedThreadPool(workerThreads);
        server.setExecutor(workers);
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                Response response = responder.respond(exchange);
                if (response.location() != null) {
                    exchange.getResponseHeaders().add("Location", response.location());
                }
                exchange.sendResponseHeaders(response.status(), -1);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    /**
     * A server handling requests one at a time, so a stall delays everything queued
     * behind it.
     */
    public static TestServer singleThreaded(Responder responder) {
        return new TestServer(responder, 1);
    }

    /** A server with enough threads that requests do not queue behind each other. */
    public static TestServer concurrent(Responder responder) {
        return new TestServer(responder, 200);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public URI baseUri() {
        return URI.create("http://127.0.0.1:" + port());
    }

    @Override
    public void close() {
        server.stop(0);
        workers.shutdownNow();
    }

}
