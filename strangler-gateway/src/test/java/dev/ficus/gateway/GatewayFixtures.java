package dev.ficus.gateway;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.jspecify.annotations.Nullable;
import java.util.function.BooleanSupplier;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

import dev.ficus.gateway.admin.AdminServer;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The real parts every gateway test runs against: small HTTP backends that can be made
 * slow, failing or stopped, a gateway started on a free port, the {@link Stack} of both
 * per test class, and a plain JDK HTTP client talking to them over loopback.
 */
public final class GatewayFixtures {

    /**
     * Admin token configured in every test gateway unless a test asks for a generated
     * one.
     */
    public static final String ADMIN_TOKEN = "test-admin-token";

    public static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient CLIENT = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(Duration.ofSeconds(5))
        .build();

    private GatewayFixtures() {
    }

    /** Polls a condition every 20 ms until it holds, failing after the timeout. */
    public static void await(Duration timeout, String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Timed out after " + timeout + " waiting until " + what);
            }
            sleep(Duration.ofMillis(20));
        }
    }

    public static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    public static HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return CLIENT.send(request.timeout(Duration.ofSeconds(20)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    public static JsonNode json(HttpResponse<String> response) {
        return JSON.readTree(response.body());
    }

    /**
     * A real HTTP server on a free loopback port answering every path with JSON
     * {@code {"path", "price", "generatedAt", "requestId"}}: {@code generatedAt} is fixed
     * per backend, {@code requestId} new on every answer. Delay, status and fields can be
     * changed while it runs.
     */
    public static final class Backend implements AutoCloseable {

        static {
            // The JDK server writes headers and body apart; without this, Nagle and
            // delayed ACKs add 40 ms.
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }

        private final String name;

        private final String generatedAt = "2026-01-01T00:00:" + (10 + Math.floorMod(UUID.randomUUID().hashCode(), 50));

        private final ExecutorService executor = Executors.newFixedThreadPool(16);

        private final AtomicInteger requests = new AtomicInteger();

        private final Queue<Map<String, String>> receivedHeaders = new ConcurrentLinkedQueue<>();

        private final Queue<String> receivedBodies = new ConcurrentLinkedQueue<>();

        private volatile Duration delay = Duration.ZERO;

        private volatile int status = 200;

        private volatile Map<String, Object> overrides = Map.of();

        private volatile @Nullable String redirect;

        private final int port;

        private HttpServer server;

        private Backend(String name) {
            this.name = name;
            this.server = listen(0);
            this.port = server.getAddress().getPort();
        }

        public static Backend start(String name) {
            return new Backend(name);
        }

        public URI url() {
            return URI.create("http://127.0.0.1:" + port);
        }

        public String name() {
            return name;
        }

        public int requests() {
            return requests.get();
        }

        /**
         * Headers of the requests received so far, lower-case names, repeated values
         * joined by commas.
         */
        public List<Map<String, String>> receivedHeaders() {
            return List.copyOf(receivedHeaders);
        }

        /** Bodies of the requests received so far, as UTF-8 text. */
        public List<String> receivedBodies() {
            return List.copyOf(receivedBodies);
        }

        public Backend delay(Duration delay) {
            this.delay = delay;
            return this;
        }

        public Backend status(int status) {
            this.status = status;
            return this;
        }

        /**
         * Answers every request with {@code 302} to this location, made absolute from the
         * request's {@code Host} when it starts with {@code /} (as a servlet container
         * does).
         */
        public Backend redirectTo(String location) {
            this.redirect = location;
            return this;
        }

        /** Replaces or adds answer fields, e.g. a deliberately different price. */
        public Backend answerWith(Map<String, Object> overrides) {
            this.overrides = Map.copyOf(overrides);
            return this;
        }

        public synchronized void stop() {
            if (server != null) {
                server.stop(0);
                server = null;
            }
        }

        /** Starts listening again on the same port. */
        public synchronized void restart() {
            if (server == null) {
                server = listen(port);
            }
        }

        @Override
        public void close() {
            stop();
            executor.shutdownNow();
        }

        private HttpServer listen(int onPort) {
            try {
                HttpServer created = HttpServer.create(new InetSocketAddress("127.0.0.1", onPort), 128);
                created.createContext("/", this::answer);
                created.setExecutor(executor);
                created.start();
                return created;
            }
            catch (IOException ex) {
                throw new UncheckedIOException(ex);
            }
        }

        private void answer(HttpExchange exchange) throws IOException {
            if (exchange.getRequestURI().getPath().equals("/actuator/health")) {
                // the gateway's dashboard asks this; not traffic a test counts
                reply(exchange, 200, Map.of("status", "UP"));
                return;
            }
            requests.incrementAndGet();
            Map<String, String> headers = new LinkedHashMap<>();
            exchange.getRequestHeaders()
                .forEach((key, values) -> headers.put(key.toLowerCase(), String.join(",", values)));
            receivedHeaders.add(headers);
            receivedBodies.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            sleep(delay);
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("path", exchange.getRequestURI().getPath());
            body.put("price", 10);
            body.put("generatedAt", generatedAt);
            body.put("requestId", UUID.randomUUID().toString());
            body.putAll(overrides);
            String location = redirect;
            if (location != null) {
                exchange.getResponseHeaders()
                    .set("Location", location.startsWith("/")
                            ? "http://" + exchange.getRequestHeaders().getFirst("Host") + location : location);
                reply(exchange, 302, body);
                return;
            }
            reply(exchange, status, body);
        }

        private void reply(HttpExchange exchange, int code, Map<String, Object> body) throws IOException {
            byte[] bytes = JSON.writeValueAsBytes(body);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.getResponseHeaders().set("X-Backend", name);
            exchange.sendResponseHeaders(code, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        }

    }

    /**
     * A gateway application on a free port; {@link #restart()} starts a fresh one on the
     * same settings, as an operator restarting the process would.
     */
    public static final class Gateway implements AutoCloseable {

        private final Map<String, Object> properties;

        private ConfigurableApplicationContext context;

        private Gateway(Map<String, Object> properties) {
            this.properties = Map.copyOf(properties);
            this.context = run();
        }

        /**
         * A gateway in front of the monolith with {@code catalog}
         * ({@code /api/catalog/**}) on the given service and {@code inventory}
         * ({@code /api/inventory/**}) on an address nothing listens on, unless
         * overridden.
         */
        public static Gateway start(Backend monolith, Backend catalog, Path stateDir, Map<String, Object> extra) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("ficus.gateway.capabilities.catalog.paths", "/api/catalog/**");
            properties.put("ficus.gateway.capabilities.catalog.service-url", catalog.url());
            properties.put("ficus.gateway.capabilities.inventory.paths", "/api/inventory/**");
            properties.put("ficus.gateway.capabilities.inventory.service-url", "http://127.0.0.1:9");
            properties.put("ficus.gateway.fallback.open-duration", "500ms");
            properties.put("ficus.gateway.rollout.check-every", "50ms");
            properties.put("logging.level.ficus.gateway.access", "warn");
            properties.put("management.tracing.sampling.probability", "1.0");
            properties.putAll(extra);
            return bare(monolith, stateDir, properties);
        }

        /**
         * A gateway in front of the monolith with only its ports, state and admin token
         * set and the given properties: the application's own defaults otherwise.
         */
        public static Gateway bare(Backend monolith, Path stateDir, Map<String, Object> extra) {
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("server.port", 0);
            properties.put("ficus.gateway.monolith-url", monolith.url());
            properties.put("ficus.gateway.state-file", stateDir.resolve("state.json"));
            properties.put("ficus.gateway.admin-token", ADMIN_TOKEN);
            properties.put("ficus.gateway.admin-token-file", stateDir.resolve("admin-token"));
            properties.put("ficus.gateway.admin.port", 0);
            properties.putAll(extra);
            return new Gateway(properties);
        }

        public URI url(String path) {
            int port = ((WebServerApplicationContext) context).getWebServer().getPort();
            return URI.create("http://127.0.0.1:" + port + path);
        }

        /** A URL on the admin port, where the admin API and the dashboard listen. */
        public URI adminUrl(String path) {
            return URI.create(context.getBean(AdminServer.class).url() + path);
        }

        public <T> T bean(Class<T> type) {
            return context.getBean(type);
        }

        public HttpResponse<String> get(String path, Map<String, String> headers) {
            HttpRequest.Builder request = HttpRequest.newBuilder(url(path)).GET();
            headers.forEach(request::header);
            return send(request);
        }

        public HttpResponse<String> get(String path) {
            return get(path, Map.of());
        }

        /** An admin request with the test token. */
        public HttpResponse<String> admin(String method, String path, String jsonBody) {
            HttpRequest.BodyPublisher body = jsonBody == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(jsonBody);
            return send(HttpRequest.newBuilder(adminUrl(path))
                .method(method, body)
                .header("Authorization", "Bearer " + ADMIN_TOKEN)
                .header("Content-Type", "application/json"));
        }

        /**
         * Sets a capability's route through the admin API, failing unless it is accepted.
         */
        public void route(String capability, String mode, int weight) {
            HttpResponse<String> response = admin("PUT", "/admin/routes/" + capability,
                    "{\"mode\":\"" + mode + "\",\"weight\":" + weight + "}");
            if (response.statusCode() != 200) {
                throw new AssertionError("Route change refused: " + response.statusCode() + " " + response.body());
            }
        }

        public JsonNode routeView(String capability) {
            return json(admin("GET", "/admin/routes/" + capability, null));
        }

        /** Stops the gateway if it runs and starts a fresh one on the same settings. */
        public void restart() {
            context.close();
            context = run();
        }

        @Override
        public void close() {
            context.close();
        }

        private ConfigurableApplicationContext run() {
            // Command-line arguments, so they win over application.yml as an operator's
            // would.
            String[] args = properties.entrySet()
                .stream()
                .map(entry -> "--" + entry.getKey() + "=" + entry.getValue())
                .toArray(String[]::new);
            return new SpringApplicationBuilder(StranglerGatewayApplication.class).run(args);
        }

    }

    /**
     * A JUnit extension giving a test class a monolith, a catalog service and a gateway
     * in front of them, started before its first test and stopped after its last, with
     * the state in a fresh directory.
     */
    public static final class Stack implements BeforeAllCallback, AfterAllCallback {

        private final Map<String, Object> properties;

        private Path stateDir;

        private Backend monolith;

        private Backend service;

        private Gateway gateway;

        private Stack(Map<String, Object> properties) {
            this.properties = Map.copyOf(properties);
        }

        public static Stack withProperties(Map<String, Object> properties) {
            return new Stack(properties);
        }

        @Override
        public void beforeAll(ExtensionContext context) throws IOException {
            stateDir = Files.createTempDirectory("ficus-gateway-test");
            monolith = Backend.start("monolith");
            service = Backend.start("catalog-service");
            gateway = Gateway.start(monolith, service, stateDir, properties);
        }

        @Override
        public void afterAll(ExtensionContext context) throws IOException {
            gateway.close();
            service.close();
            monolith.close();
            FileSystemUtils.deleteRecursively(stateDir);
        }

        /**
         * Brings both backends back to answering at once with status 200 and their usual
         * fields.
         */
        public void resetBackends() {
            for (Backend backend : List.of(monolith, service)) {
                backend.restart();
                backend.delay(Duration.ZERO).status(200).answerWith(Map.of());
            }
        }

        public Path stateDir() {
            return stateDir;
        }

        public Backend monolith() {
            return monolith;
        }

        public Backend service() {
            return service;
        }

        public Gateway gateway() {
            return gateway;
        }

    }

}
