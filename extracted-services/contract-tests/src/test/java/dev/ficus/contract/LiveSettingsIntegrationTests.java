package dev.ficus.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.json.JsonMapper;

/**
 * A monolith process follows its settings file ({@code ficus.settings.file}) while it
 * runs, calling inventory-service processes over loopback: a read timeout too short for
 * any answer fails an order, a longer one written to the file lets the next order
 * through, a new service URL sends the next order's reservation to another inventory
 * process, and a broken file is refused with one log line while orders keep working; each
 * change is one audit line in the process's log.
 */
@ExtendWith(DeploymentsExtension.class)
class LiveSettingsIntegrationTests {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private static final String SEED = "--ficus.seed.products=" + Deployments.SEEDED_PRODUCTS;

    private static final long PRODUCT = 31;

    private final ContractClient client = new ContractClient(JsonMapper.builder().build());

    @Test
    void theMonolithFollowsItsSettingsFileWhileItRuns(Deployments deployments) throws IOException {
        AppProcess first = deployments.inventoryService();
        Path file = Files.createTempDirectory(Files.createDirectories(deployments.logDirectory()), "live-settings-")
            .resolve("settings.properties");
        write(file, settings(first, "1ms"));
        try (AppProcess second = AppProcess.launch("inventory-service-second", Deployments.inventoryJar(),
                deployments.logDirectory(), SEED);
                AppProcess monolith = AppProcess.launch("monolith-live-settings", Deployments.monolithJar(),
                        deployments.logDirectory(), SEED, "--ficus.settings.file=" + file,
                        "--ficus.settings.reload-every=200ms", "--ficus.shop.payments.latency=0ms")) {
            AppProcess.awaitReady(second, monolith);
            int tooShort = placeOrder(monolith).status();

            write(file, settings(first, "5s"));
            awaitLog(monolith, "applied: ficus.extracted.read-timeout 1ms -> 5s");
            int longEnough = placeOrder(monolith).status();
            write(file, settings(second, "5s"));
            awaitLog(monolith, "applied: ficus.extracted.inventory.url " + first.baseUrl() + " -> " + second.baseUrl());
            Answer onTheSecond = placeOrder(monolith);
            long orderOnTheSecond = onTheSecond.body().path("id").asLong();
            write(file, settings(second, "abc"));
            awaitLog(monolith, "refused, the last good configuration stays");
            int afterBroken = placeOrder(monolith).status();

            assertThat(tooShort).as("an order with a 1ms read timeout").isEqualTo(504);
            assertThat(longEnough).as("an order with a 5s read timeout").isEqualTo(201);
            assertThat(onTheSecond.status()).isEqualTo(201);
            // the reservation itself, not the reserved units: with no payment latency the
            // order may ship and its reservation be committed before a read of them
            assertThat(reservation(second, orderOnTheSecond)).as("the order's reservation in the second service")
                .isEqualTo(200);
            assertThat(afterBroken).as("an order after the broken file").isEqualTo(201);
            assertThat(Files.readAllLines(monolith.logFile())
                .stream()
                .filter(line -> line.contains("refused, the last good configuration stays"))).singleElement()
                .asString()
                .contains("ficus.extracted.read-timeout: 'abc' is not a valid duration");
        }
    }

    private static String settings(AppProcess inventory, String readTimeout) {
        return "ficus.extracted.inventory.url=" + inventory.baseUrl() + "\nficus.extracted.read-timeout=" + readTimeout
                + "\nficus.extracted.retry-attempts=1\n";
    }

    private Answer placeOrder(AppProcess monolith) {
        String body = "{\"customerId\":1,\"lines\":[{\"productId\":" + PRODUCT + ",\"quantity\":1}]}";
        return client.send(monolith, ContractCase.send("placeOrder", "POST", "/api/orders", body, 201));
    }

    private int reservation(AppProcess inventory, long orderId) {
        return client.send(inventory, ContractCase.get("reservation", "/api/inventory/reservations/" + orderId, 200))
            .status();
    }

    /** Replaces the file at once, as an editor's save or a ConfigMap update does. */
    private static void write(Path file, String content) throws IOException {
        Path temp = Files.writeString(file.resolveSibling("settings.properties.tmp"), content);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static void awaitLog(AppProcess process, String line) {
        await("'" + line + "' in the log of " + process.name(), () -> {
            try {
                return Files.readString(process.logFile()).contains(line);
            }
            catch (IOException e) {
                return false;
            }
        });
    }

    private static void await(String what, BooleanSupplier condition) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.getAsBoolean()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("waited " + PATIENCE + " for " + what);
            }
            try {
                Thread.sleep(100);
            }
            catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while waiting for " + what, e);
            }
        }
    }

}
