package dev.ficus.inventoryservice.limits;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.function.BooleanSupplier;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import dev.ficus.inventoryservice.InventoryServiceApplication;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The running inventory service follows its settings file ({@code ficus.settings.file})
 * for {@code ficus.http.max-body-size}: over real loopback HTTP, a body it read before is
 * refused with 413 within seconds of the limit being lowered, audited; raising it above
 * the size at start is refused with one line, and the lowered limit stays.
 */
@ExtendWith(OutputCaptureExtension.class)
class LiveHttpLimitsIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(15);

    private static final String REFUSED = "refused, the last good configuration stays";

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;

    @Test
    void followsALoweredBodyLimitAndRefusesARaiseAboveTheStartValue(CapturedOutput output) throws IOException {
        Path file = write(dir.resolve("settings.properties"), "ficus.http.max-body-size=512KB\n");
        try (ConfigurableApplicationContext service = new SpringApplicationBuilder(InventoryServiceApplication.class)
            .run("--server.port=0", "--server.address=127.0.0.1", "--ficus.data-dir=" + dir.resolve("data"),
                    "--ficus.seed.products=5", "--ficus.settings.file=" + file,
                    "--ficus.settings.reload-every=100ms")) {
            int port = ((WebServerApplicationContext) service).getWebServer().getPort();
            int before = reserve(port);

            write(file, "ficus.http.max-body-size=64KB\n");
            await("the lowered limit refuses the body", () -> reserve(port) == 413);
            write(file, "ficus.http.max-body-size=2MB\n");
            await("raising the limit above the start value is refused", () -> output.getOut().contains(REFUSED));

            assertThat(before).isNotEqualTo(413);
            assertThat(reserve(port)).isEqualTo(413);
            assertThat(output.getOut())
                .contains("Settings file " + file + " applied: ficus.http.max-body-size 512KB -> 64KB");
            assertThat(output.getOut().lines().filter(line -> line.contains(REFUSED))).singleElement()
                .asString()
                .contains("ficus.http.max-body-size above its value at start (524288 bytes, which bounds JSON bodies) "
                        + "needs a restart");
        }
    }

    /** The status of a reservation whose body is 100 KB. */
    private static int reserve(int port) {
        String body = "{\"orderId\": 1, \"lines\": [], \"note\": \"" + "x".repeat(100 * 1024) + "\"}";
        try {
            return HTTP
                .send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/inventory/reservations"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body))
                    .build(), HttpResponse.BodyHandlers.discarding())
                .statusCode();
        }
        catch (IOException ex) {
            throw new IllegalStateException(ex);
        }
        catch (InterruptedException ex) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(ex);
        }
    }

    /** Replaces the file at once, as an editor's save or a ConfigMap update does. */
    private static Path write(Path file, String content) throws IOException {
        Path temp = Files.writeString(file.resolveSibling(file.getFileName() + ".tmp"), content);
        return Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void await(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("Not within " + PATIENCE + ": " + what);
            }
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(ex);
            }
        }
    }

}
