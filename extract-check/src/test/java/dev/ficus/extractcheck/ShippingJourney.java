package dev.ficus.extractcheck;

import static dev.ficus.extractcheck.FicusCli.ficus;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ficus.testsupport.RunningApp;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The steps of the shipping journey on the started sample, each with Ficus's own
 * commands: orders placed in the monolith, {@code ficus migrate-data}, {@code ficus route
 * set}, the gateway's shadow report, and what the services wrote in their own databases.
 */
final class ShippingJourney {

    static final String CANDIDATE = "shipping";

    private static final Duration AWAIT = Duration.ofSeconds(30);

    private static final Pattern ID = Pattern.compile("^\\{\"id\":(\\d+),");

    private final ExtractedSample sample;

    ShippingJourney(ExtractedSample sample) {
        this.sample = sample;
    }

    /** Places an order of one item and answers its id. */
    long placeOrder(RunningApp monolith, long customerId, long productId) throws IOException, InterruptedException {
        HttpResponse<String> placed = monolith.post("/api/orders",
                "{\"customerId\":" + customerId + ",\"lines\":[{\"productId\":" + productId + ",\"quantity\":1}]}");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        Matcher id = ID.matcher(placed.body());
        assertThat(id.find()).as(placed.body()).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** The shipment of {@code orderId} as {@code app} answers it, once there is one. */
    String awaitShipment(RunningApp app, long orderId) throws IOException, InterruptedException {
        return await(app, "/api/shipping?orderId=" + orderId, body -> !"[]".equals(body));
    }

    /** Polls {@code path} every 100 ms until its body passes {@code done}. */
    String await(RunningApp app, String path, Predicate<String> done) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(AWAIT);
        String body = "";
        while (Instant.now().isBefore(deadline)) {
            body = app.get(path).body();
            if (done.test(body)) {
                return body;
            }
            Thread.sleep(100);
        }
        throw new AssertionError(path + " still answers " + body + " after " + AWAIT);
    }

    /**
     * {@code ficus migrate-data --plan --capability shipping} as the ficus script runs
     * it: its own jar, its own process; answers what it printed.
     */
    String migrateData() throws IOException, InterruptedException {
        Path log = ExtractedSample.LOGS.resolve("migrate-data-" + CANDIDATE + ".log");
        Process migrate = new ProcessBuilder("java", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar",
                ExtractedSample.ROOT
                    .resolve("extracted-services/data-migration/target/data-migration-" + ExtractedSample.VERSION
                            + "-exec.jar")
                    .toString(),
                "--plan", sample.plan.toString(), "--capability", CANDIDATE, "--from", sample.monolithDatabase(),
                "--from-user", "sa", "--to", sample.serviceDatabase(CANDIDATE), "--to-user", "sa")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
        assertThat(migrate.waitFor()).as(Files.readString(log)).isZero();
        return Files.readString(log);
    }

    /**
     * {@code ficus route set shipping --mode MODE [--weight W]} on the running gateway.
     */
    void routeSet(String mode, String... more) {
        String[] fixed = { "route", "set", CANDIDATE, "--mode", mode, "--gateway", sample.adminUrl(), "--token",
                ExtractedSample.ADMIN_TOKEN };
        String[] arguments = new String[fixed.length + more.length];
        System.arraycopy(fixed, 0, arguments, 0, fixed.length);
        System.arraycopy(more, 0, arguments, fixed.length, more.length);
        ficus(arguments);
    }

    /** The gateway's shadow report, once it counted at least {@code compared}. */
    String awaitShadowCompared(int compared) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(AWAIT);
        String report = "";
        while (Instant.now().isBefore(deadline)) {
            report = shadowReport();
            if (comparedIn(report) >= compared) {
                return report;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("shadow report still " + report);
    }

    String shadowReport() throws IOException, InterruptedException {
        return sample.gatewayAdmin()
            .get("/admin/shadow/" + CANDIDATE, "Authorization", "Bearer " + ExtractedSample.ADMIN_TOKEN)
            .body();
    }

    static int comparedIn(String report) {
        Matcher compared = Pattern.compile("\"compared\":(\\d+)").matcher(report);
        assertThat(compared.find()).as(report).isTrue();
        return Integer.parseInt(compared.group(1));
    }

    /** Polls {@code sql} every 100 ms until it answers 0. */
    void awaitZero(String jdbcUrl, String sql) throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(AWAIT);
        long count = count(jdbcUrl, sql);
        while (count != 0 && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
            count = count(jdbcUrl, sql);
        }
        assertThat(count).as(sql).isZero();
    }

    /** One number a query on a service's own database answers. */
    long count(String jdbcUrl, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, "sa", "");
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            assertThat(result.next()).isTrue();
            return result.getLong(1);
        }
    }

}
