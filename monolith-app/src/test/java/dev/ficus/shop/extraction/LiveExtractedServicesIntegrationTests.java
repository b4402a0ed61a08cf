package dev.ficus.shop.extraction;

import static dev.ficus.testsupport.SettingsFiles.configMap;
import static dev.ficus.testsupport.SettingsFiles.write;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.sun.net.httpserver.HttpServer;
import dev.ficus.shop.FicusShopApplication;
import dev.ficus.shop.inventory.Inventory;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.ErrorResponseException;

/**
 * The running monolith follows its settings file ({@code ficus.settings.file}) over real
 * loopback HTTP to an inventory service: a longer read timeout turns a call that timed
 * out into one that succeeds, and a new service URL is called, within seconds and
 * audited; a broken file is refused with one line each and the last good settings keep
 * working; a ConfigMap-style symlink swap is seen.
 */
@ExtendWith(OutputCaptureExtension.class)
class LiveExtractedServicesIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(20);

    private static final String REFUSED = "refused, the last good configuration stays";

    @TempDir
    Path dir;

    private FakeInventory slow;

    private FakeInventory other;

    @BeforeEach
    void startServices() throws IOException {
        slow = new FakeInventory(Duration.ofMillis(1500));
        other = new FakeInventory(Duration.ZERO);
    }

    @AfterEach
    void stopServices() {
        slow.close();
        other.close();
    }

    @Test
    void followsAChangedReadTimeoutAndServiceUrlWithinSecondsAndAuditsThem(CapturedOutput output) throws IOException {
        Path file = write(dir.resolve("settings.properties"), settings(slow, "1s"));
        try (ConfigurableApplicationContext monolith = start(file)) {
            Inventory inventory = monolith.getBean(Inventory.class);
            ErrorResponseException tooSlow = catchThrowableOfType(ErrorResponseException.class,
                    () -> inventory.commit(1));

            write(file, settings(slow, "3s"));
            await("a call waits long enough for the slow service", () -> succeeds(inventory));
            write(file, settings(other, "3s"));
            await("the other service is called", () -> succeeds(inventory) && other.calls() > 0);
            int slowCalls = slow.calls();
            int otherCalls = other.calls();
            boolean next = succeeds(inventory);

            assertThat(tooSlow).isInstanceOf(CapabilityFailedException.class);
            assertThat(tooSlow.getStatusCode().value()).isEqualTo(504);
            assertThat(next).isTrue();
            assertThat(slow.calls()).as("calls of the first service").isEqualTo(slowCalls);
            assertThat(other.calls()).as("calls of the other service").isEqualTo(otherCalls + 1);
            assertThat(output.getOut())
                .contains("Settings file " + file + " applied: ficus.extracted.read-timeout 1s -> 3s")
                .contains("Settings file " + file + " applied: ficus.extracted.inventory.url " + slow.url() + " -> "
                        + other.url());
        }
    }

    @Test
    void refusesABrokenFileWithOneLineEachAndKeepsTheLastGoodSettings(CapturedOutput output) throws IOException {
        Path file = write(dir.resolve("settings.properties"), settings(other, "1s"));
        try (ConfigurableApplicationContext monolith = start(file)) {
            Inventory inventory = monolith.getBean(Inventory.class);

            write(file, settings(other, "1s") + "ficus.extracted.retry-attempts=0\n");
            await("the invalid retry attempts are refused", () -> refusals(output) == 1);
            write(file, settings(other, "abc"));
            await("the unbindable read timeout is refused", () -> refusals(output) == 2);
            write(file, "ficus.extracted.read-timeout=1s\n");
            await("removing the service URL is refused", () -> refusals(output) == 3);
            int before = other.calls();
            boolean stillCalled = succeeds(inventory) && other.calls() == before + 1;
            write(file, settings(slow, "1s"));
            await("the repaired file is applied", () -> output.getOut().contains("Settings file " + file + " applied"));

            assertThat(stillCalled).isTrue();
            assertThat(output.getOut().lines().filter(line -> line.contains(REFUSED)).toList()).satisfiesExactly(
                    first -> assertThat(first).contains("ficus.extracted.retry-attempts must be at least 1"),
                    second -> assertThat(second)
                        .contains("ficus.extracted.read-timeout: 'abc' is not a valid duration"),
                    third -> assertThat(third).contains("ficus.extracted.inventory.url: moving a capability between "
                            + "in-process and its service needs a restart"));
            assertThat(catchThrowableOfType(ErrorResponseException.class, () -> inventory.commit(3)))
                .as("the slow service, with the last good read timeout of 1s")
                .isInstanceOf(CapabilityFailedException.class);
        }
    }

    @Test
    void followsAConfigMapSymlinkSwap(CapturedOutput output) throws IOException {
        Path mount = Files.createDirectories(dir.resolve("settings"));
        configMap(mount, "..2026_12_03_01", settings(slow, "3s"));
        Path file = Files.createSymbolicLink(mount.resolve("settings.properties"),
                Path.of("..data/settings.properties"));
        try (ConfigurableApplicationContext monolith = start(file)) {
            Inventory inventory = monolith.getBean(Inventory.class);

            configMap(mount, "..2026_12_03_02", settings(other, "3s"));
            await("the other service is called", () -> succeeds(inventory) && other.calls() > 0);

            assertThat(output.getOut()).contains("ficus.extracted.inventory.url " + slow.url() + " -> " + other.url());
        }
    }

    @Test
    void appliesTheFileOnActuatorRefresh(CapturedOutput output) throws IOException, InterruptedException {
        Path file = write(dir.resolve("settings.properties"), settings(slow, "3s"));
        try (ConfigurableApplicationContext monolith = start(file, "0s")) {
            Inventory inventory = monolith.getBean(Inventory.class);
            write(file, settings(other, "3s"));
            pause(Duration.ofMillis(500));
            boolean unwatched = succeeds(inventory) && other.calls() == 0;

            HttpResponse<String> refresh = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port(monolith) + "/actuator/refresh"))
                    .POST(HttpRequest.BodyPublishers.noBody())
                    .build(), HttpResponse.BodyHandlers.ofString());

            assertThat(unwatched).as("not followed without a watcher").isTrue();
            assertThat(refresh.statusCode()).isEqualTo(200);
            assertThat(refresh.body()).contains("ficus.extracted.inventory.url");
            assertThat(succeeds(inventory) && other.calls() == 1).as("the other service called").isTrue();
            assertThat(output.getOut()).contains("ficus.extracted.inventory.url " + slow.url() + " -> " + other.url());
        }
    }

    private static ConfigurableApplicationContext start(Path file) {
        return start(file, "100ms");
    }

    private static ConfigurableApplicationContext start(Path file, String reloadEvery) {
        return new SpringApplicationBuilder(FicusShopApplication.class).run("--server.port=0",
                "--server.address=127.0.0.1", "--ficus.settings.file=" + file,
                "--ficus.settings.reload-every=" + reloadEvery);
    }

    private static int port(ConfigurableApplicationContext app) {
        return ((WebServerApplicationContext) app).getWebServer().getPort();
    }

    private static String settings(FakeInventory service, String readTimeout) {
        return """
                ficus.extracted.inventory.url=%s
                ficus.extracted.read-timeout=%s
                ficus.extracted.retry-attempts=1
                """.formatted(service.url(), readTimeout);
    }

    private static boolean succeeds(Inventory inventory) {
        try {
            inventory.commit(2);
            return true;
        }
        catch (ErrorResponseException failed) {
            return false;
        }
    }

    private static long refusals(CapturedOutput output) {
        return output.getOut().lines().filter(line -> line.contains(REFUSED)).count();
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + PATIENCE + ": " + what);
            }
            pause(Duration.ofMillis(100));
        }
    }

    private static void pause(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        }
        catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** An inventory service on loopback that settles every reservation after a delay. */
    private static final class FakeInventory implements AutoCloseable {

        private final HttpServer server;

        private final AtomicInteger calls = new AtomicInteger();

        FakeInventory(Duration delay) throws IOException {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
            server.createContext("/api/inventory/reservations", exchange -> {
                calls.incrementAndGet();
                pause(delay);
                exchange.sendResponseHeaders(204, -1);
                exchange.close();
            });
            server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort();
        }

        int calls() {
            return calls.get();
        }

        @Override
        public void close() {
            server.stop(0);
        }

    }

}
