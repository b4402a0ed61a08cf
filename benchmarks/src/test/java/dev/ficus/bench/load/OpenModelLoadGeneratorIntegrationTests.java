package dev.ficus.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.ficus.bench.TestServer;
import dev.ficus.bench.TestServer.Response;

class OpenModelLoadGeneratorIntegrationTests {

    private static final RequestSource PING = () -> PlannedRequest.get("ping", "/ping");

    /**
     * Compiles the client and server paths before anything is measured: a cold JVM adds
     * hundreds of milliseconds of its own to the first second of load, which would blur
     * what each test checks.
     */
    @BeforeAll
    static void warmUpJit() {
        try (TestServer server = TestServer.concurrent(exchange -> Response.status(200));
                var generator = new OpenModelLoadGenerator(new LoopbackTarget(server.baseUri()))) {
            LoadResult warmUp = generator.run(LoadProfile.of(200, Duration.ofSeconds(2)), PING);
            assertThat(warmUp.sent()).isEqualTo(400);
        }
    }

    @Test
    void countsAnswersTheSourceFindsWrongApartFromErrorsAndSuccesses() {
        AtomicLong planned = new AtomicLong();
        RequestSource everyFourthWrong = new RequestSource() {

            @Override
            public PlannedRequest next() {
                return PlannedRequest.get("stock", "/stock?n=" + planned.incrementAndGet());
            }

            @Override
            public boolean readsBodies() {
                return true;
            }

            @Override
            public Optional<String> wrongAnswer(PlannedRequest request, int status, String body) {
                long n = Long.parseLong(request.path().substring(request.path().indexOf('=') + 1));
                return (n % 4 == 0) ? Optional.of("stale stock") : Optional.empty();
            }
        };
        try (TestServer server = TestServer.concurrent(exchange -> Response.status(200));
                var generator = new OpenModelLoadGenerator(new LoopbackTarget(server.baseUri()))) {

            LoadResult result = generator.run(LoadProfile.of(100, Duration.ofSeconds(1)), everyFourthWrong);

            EndpointStats stock = result.endpoint("stock").orElseThrow();
            assertThat(stock.requests()).isEqualTo(100);
            assertThat(stock.wrong()).isEqualTo(25);
            assertThat(stock.ok()).isEqualTo(75);
            assertThat(stock.errors()).isZero();
            assertThat(stock.wrongKinds()).containsExactly(Map.entry("stale stock", 25L));
            assertThat(stock.timeline().wrong().stream().mapToLong(Long::longValue).sum()).isEqualTo(25);
            assertThat(result.latency().count()).isEqualTo(75);
            assertThat(result.failureRate()).isEqualTo(0.25);
        }
    }

    @Test
    void chargesServerStallToEveryRequestThatWaitedBehindIt() {
        // One 200 ms stall per second on a server that serves one request at a time: ~40
        // requests at 200/s queue
        // behind each stall. Measured from their actual send, only 3 requests would look
        // slow and p99 would hide it.
        AtomicLong nextStall = new AtomicLong(System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300));
        try (TestServer server = TestServer.singleThreaded(exchange -> {
            long now = System.nanoTime();
            if (now >= nextStall.get()) {
                nextStall.set(now + TimeUnit.SECONDS.toNanos(1));
                Thread.sleep(200);
            }
            return Response.status(200);
        }); var generator = new OpenModelLoadGenerator(new LoopbackTarget(server.baseUri()))) {

            LoadResult result = generator.run(LoadProfile.of(200, Duration.ofSeconds(3)), PING);

            assertThat(result.errors()).isZero();
            assertThat(result.ok()).isEqualTo(600);
            assertThat(result.latency().p99()).isGreaterThanOrEqualTo(150.0);
            assertThat(result.latency().max()).isGreaterThanOrEqualTo(195.0);
            assertThat(result.latency().p50()).isLessThan(100.0);
        }
    }

    @Test
    void keepsOfferedRateWhileServerIsSlow() {
        try (TestServer server = TestServer.concurrent(exchange -> {
            Thread.sleep(300);
            return Response.status(200);
        }); var generator = new OpenModelLoadGenerator(new LoopbackTarget(server.baseUri()))) {

            LoadResult result = generator.run(LoadProfile.of(100, Duration.ofSeconds(2)), PING);

            assertThat(result.sent()).isEqualTo(200);
            assertThat(result.sendRate()).isCloseTo(100.0, within(10.0));
            assertThat(result.ok()).isEqualTo(200);
            assertThat(result.latency().p50()).isGreaterThanOrEqualTo(300.0);
        }
    }

    @Test
    void reproducesPercentilesOfKnownDelaySchedule() {
        // 200-step schedule sent exactly once: 70 % 5 ms, 25 % 80 ms, 3.5 % 200 ms, 1.5 %
        // 400 ms. Every reported
        // percentile falls well inside one plateau, so measured = scheduled delay + small
        // loopback overhead.
        List<Integer> schedule = new ArrayList<>();
        schedule.addAll(Collections.nCopies(140, 5));
        schedule.addAll(Collections.nCopies(50, 80));
        schedule.addAll(Collections.nCopies(7, 200));
        schedule.addAll(Collections.nCopies(3, 400));
        Collections.shuffle(schedule, new Random(42));
        AtomicInteger next = new AtomicInteger();
        RequestSource source = () -> PlannedRequest.get("delay",
                "/delay?ms=" + schedule.get(next.getAndIncrement() % schedule.size()));

        try (TestServer server = TestServer.concurrent(exchange -> {
            Thread.sleep(Long.parseLong(exchange.getRequestURI().getQuery().substring("ms=".length())));
            return Response.status(200);
        }); var generator = new OpenModelLoadGenerator(new LoopbackTarget(server.baseUri()))) {

            LatencySummary latency = generator.run(LoadProfile.of(50, Duration.ofSeconds(4)), source).latency();

            assertThat(latency.count()).isEqualTo(200);
            assertThat(latency.p50()).isBetween(5.0, 5.0 + 60);
            assertThat(latency.p90()).isBetween(80.0, 80.0 + 60);
            assertThat(latency.p99()).isBetween(400.0, 400.0 + 60);
            assertThat(latency.p999()).isBetween(400.0, 400.0 + 60);
            assertThat(latency.mean()).isBetween(36.5, 36.5 + 30);
        }
    }

    @Test
    void countsServerErrorsAndRejectionsPerEndpoint() {
        AtomicInteger next = new AtomicInteger();
        RequestSource source = () -> switch (next.getAndIncrement() % 4) {
            case 0 -> PlannedRequest.get("failing", "/fail");
            case 1 -> PlannedRequest.get("missing", "/missing");
            default -> PlannedRequest.postJson("fine", "/ok", "{}");
        };
        try (TestServer server = TestServer.concurrent(exchange -> switch (exchange.getRequestURI().getPath()) {
            case "/fail" -> Response.status(503);
            case "/missing" -> Response.status(404);
            default -> Response.status(201);
        }); var generator = new OpenModelLoadGenerator(new LoopbackTarget(server.baseUri()))) {

            LoadResult result = generator.run(LoadProfile.of(100, Duration.ofSeconds(1)), source);

            EndpointStats failing = result.endpoint("failing").orElseThrow();
            assertThat(failing.requests()).isEqualTo(25);
            assertThat(failing.errors()).isEqualTo(25);
            assertThat(failing.errorKinds()).containsEntry("HTTP 503", 25L);
            assertThat(failing.timeline().errors().stream().mapToLong(Long::longValue).sum()).isEqualTo(25);
            assertThat(result.endpoint("missing").orElseThrow().rejected()).isEqualTo(25);
            assertThat(result.endpoint("fine").orElseThrow().ok()).isEqualTo(50);
            assertThat(result.errorRate()).isCloseTo(0.25, within(1e-9));
            assertThat(result.latency().count()).isEqualTo(50);
        }
    }

    @Test
    void keepsRatesOfAThousandAndMorePerSecondAgainstAFastServer() {
        // The monolith serves a few hundred mix requests per second per core once warm:
        // the generator itself must
        // offer well beyond that on time, or the sweep would measure the generator.
        try (TestServer server = TestServer.concurrent(exchange -> Response.status(200));
                var generator = new OpenModelLoadGenerator(new LoopbackTarget(server.baseUri()))) {

            LoadResult result = generator.run(LoadProfile.of(1500, Duration.ofSeconds(2)), PING);

            assertThat(result.sent()).isEqualTo(3000);
            assertThat(result.ok())
                .as("answered 200; the others by kind: %s",
                        result.endpoints().stream().map(EndpointStats::errorKinds).toList())
                .isEqualTo(3000);
            assertThat(result.sendRate()).isGreaterThanOrEqualTo(0.95 * 1500);
            // median start lag: most requests leave on schedule (generous bound for a
            // shared machine)
            assertThat(result.sendLag().p50()).isLessThan(50.0);
        }
    }

    @Test
    void countsRequestsBeyondInFlightLimitAsErrorsInsteadOfOpeningMoreSockets() {
        try (TestServer server = TestServer.concurrent(exchange -> {
            Thread.sleep(3000);
            return Response.status(200);
        }); var generator = new OpenModelLoadGenerator(new LoopbackTarget(server.baseUri()))) {

            int rate = OpenModelLoadGenerator.MAX_IN_FLIGHT + 500;
            LoadResult result = generator.run(LoadProfile.of(rate, Duration.ofSeconds(1)), PING);

            assertThat(result.sent()).isEqualTo(rate);
            assertThat(result.endpoint("ping").orElseThrow().errorKinds())
                .containsEntry(OpenModelLoadGenerator.IN_FLIGHT_LIMIT_KIND, 500L);
        }
    }

    @Test
    void countsRefusedConnectionsAsErrors() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (var generator = new OpenModelLoadGenerator(LoopbackTarget.port(closedPort))) {

            LoadResult result = generator.run(LoadProfile.of(50, Duration.ofSeconds(1)), PING);

            assertThat(result.sent()).isEqualTo(50);
            assertThat(result.errors()).isEqualTo(50);
            assertThat(result.endpoint("ping").orElseThrow().errorKinds()).containsEntry("ConnectException", 50L);
        }
    }

}
