package dev.ficus.gateway.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.ficus.callertrust.CallerCertificate;
import dev.ficus.gateway.routing.Capability;
import dev.ficus.gateway.routing.DataOwnership;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The dashboard's health of a capability with several instances: each instance's own
 * health endpoint, asked over loopback, and the service up while one of them is.
 */
class ServiceHealthIntegrationTests {

    private static final int PATIENCE_ROUNDS = 100;

    private final HttpServer up = server("{\"status\":\"UP\"}", 200);

    private final HttpServer outOfService = server("{\"status\":\"OUT_OF_SERVICE\"}", 503);

    @AfterEach
    void stop() {
        up.stop(0);
        outOfService.stop(0);
    }

    @Test
    void showsEveryInstanceAndTheServiceUpWhileOneIs() throws Exception {
        URI gone = URI.create("http://127.0.0.1:" + closedPort());
        Capability inventory = new Capability("inventory", List.of("/api/inventory/**"), url(up), DataOwnership.AUTO,
                List.of(url(up), url(outOfService), gone), null);
        ServiceHealth health = new ServiceHealth(
                List.of(inventory), JsonMapper.builder().build(), new DashboardProperties(Duration.ofSeconds(1),
                        Duration.ofSeconds(5), Duration.ofSeconds(2), "/actuator/health"),
                Clock.systemUTC(), CallerCertificate.none());

        health.poll();
        awaitAllChecked(health);

        assertThat(health.instances("inventory")).extracting(ServiceHealth.InstanceCheck::url)
            .containsExactly(url(up).toString(), url(outOfService).toString(), gone.toString());
        assertThat(health.instances("inventory")).extracting(instance -> instance.check().status())
            .containsExactly(ServiceHealth.Status.UP, ServiceHealth.Status.DOWN, ServiceHealth.Status.DOWN);
        assertThat(health.instances("inventory").get(1).check().detail()).isEqualTo("HTTP 503, status OUT_OF_SERVICE");
        assertThat(health.of("inventory").status()).isEqualTo(ServiceHealth.Status.UP);
        assertThat(health.of("inventory").detail()).isEqualTo("1 of 3 instances up");
    }

    @Test
    void isDownWhenEveryInstanceIsAndKeepsTheOneInstanceDetailOtherwise() throws Exception {
        Capability down = new Capability("inventory", List.of("/api/inventory/**"), url(outOfService),
                DataOwnership.AUTO, List.of(url(outOfService), URI.create("http://127.0.0.1:" + closedPort())), null);
        Capability single = new Capability("catalog", List.of("/api/catalog/**"), url(up), null);
        ServiceHealth health = new ServiceHealth(
                List.of(down, single), JsonMapper.builder().build(), new DashboardProperties(Duration.ofSeconds(1),
                        Duration.ofSeconds(5), Duration.ofSeconds(2), "/actuator/health"),
                Clock.systemUTC(), CallerCertificate.none());

        health.poll();
        awaitAllChecked(health);

        assertThat(health.of("inventory").status()).isEqualTo(ServiceHealth.Status.DOWN);
        assertThat(health.of("inventory").detail()).isEqualTo("0 of 2 instances up");
        assertThat(health.of("catalog").status()).isEqualTo(ServiceHealth.Status.UP);
        assertThat(health.of("catalog").detail()).isEqualTo("HTTP 200, status UP");
    }

    @Test
    void checksEveryInstanceAgainWithoutAThreadPerCheck() throws Exception {
        Capability inventory = new Capability("inventory", List.of("/api/inventory/**"), url(up), DataOwnership.AUTO,
                List.of(url(up), url(outOfService)), null);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        try (ServiceHealth health = new ServiceHealth(
                List.of(inventory), JsonMapper.builder().build(), new DashboardProperties(Duration.ofSeconds(1),
                        Duration.ofSeconds(5), Duration.ofSeconds(2), "/actuator/health"),
                Clock.systemUTC(), CallerCertificate.none())) {
            health.poll();
            awaitAllChecked(health);
            long startedBefore = threads.getTotalStartedThreadCount();

            for (int poll = 0; poll < 20; poll++) {
                Instant before = health.instances("inventory").get(1).check().checkedAt();
                health.poll();
                awaitCheckedAfter(health, before);
            }

            assertThat(health.instances("inventory")).extracting(instance -> instance.check().status())
                .containsExactly(ServiceHealth.Status.UP, ServiceHealth.Status.DOWN);
            assertThat(threads.getTotalStartedThreadCount() - startedBefore).as("threads started by 40 checks")
                .isLessThan(10);
        }
    }

    @Test
    void asksAnInstanceThatIsSlowerThanThePollsOnlyOnceAtATime() throws Exception {
        AtomicInteger asked = new AtomicInteger();
        HttpServer slow = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        slow.setExecutor(Executors.newCachedThreadPool());
        slow.createContext("/actuator/health", exchange -> {
            asked.incrementAndGet();
            sleep(Duration.ofMillis(800));
            byte[] bytes = "{\"status\":\"UP\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        });
        slow.start();
        Capability catalog = new Capability("catalog", List.of("/api/catalog/**"), url(slow), null);
        try (ServiceHealth health = new ServiceHealth(
                List.of(catalog), JsonMapper.builder().build(), new DashboardProperties(Duration.ofSeconds(1),
                        Duration.ofSeconds(5), Duration.ofSeconds(2), "/actuator/health"),
                Clock.systemUTC(), CallerCertificate.none())) {
            for (int poll = 0; poll < 10; poll++) {
                health.poll();
                sleep(Duration.ofMillis(20));
            }
            for (int round = 0; round < PATIENCE_ROUNDS && health.of("catalog").checkedAt() == null; round++) {
                sleep(Duration.ofMillis(50));
            }

            assertThat(health.of("catalog").status()).isEqualTo(ServiceHealth.Status.UP);
            assertThat(asked).as("checks the slow instance received during ten polls").hasValue(1);
        }
        finally {
            slow.stop(0);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitCheckedAfter(ServiceHealth health, Instant before) throws InterruptedException {
        for (int round = 0; round < PATIENCE_ROUNDS; round++) {
            Instant latest = health.instances("inventory").get(1).check().checkedAt();
            if (latest != null && latest.isAfter(before)) {
                return;
            }
            Thread.sleep(5);
        }
    }

    private static void awaitAllChecked(ServiceHealth health) throws InterruptedException {
        for (int round = 0; round < PATIENCE_ROUNDS; round++) {
            boolean checked = List.of("inventory", "catalog")
                .stream()
                .flatMap(name -> health.instances(name).stream())
                .allMatch(instance -> instance.check().checkedAt() != null);
            if (checked) {
                return;
            }
            Thread.sleep(100);
        }
    }

    private static URI url(HttpServer server) {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static HttpServer server(String body, int status) {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
            server.createContext("/actuator/health", exchange -> {
                byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, bytes.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(bytes);
                }
            });
            server.start();
            return server;
        }
        catch (IOException ex) {
            throw new java.io.UncheckedIOException(ex);
        }
    }

}
