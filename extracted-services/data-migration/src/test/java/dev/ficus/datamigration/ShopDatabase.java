package dev.ficus.datamigration;

import dev.ficus.shop.api.seed.SeedData;
import dev.ficus.shop.api.seed.SeedProduct;
import dev.ficus.testsupport.PostgresDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;

/**
 * A database for migration tests, with the real schema of one side: the monolith's Flyway
 * migrations (filled with the shared seed data) or a service's.
 */
record ShopDatabase(String url, String user, String password) {

    static final OffsetDateTime SENT = OffsetDateTime.of(2026, 11, 2, 9, 30, 0, 0, ZoneOffset.UTC);

    static ShopDatabase h2() {
        return new ShopDatabase("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    static ShopDatabase postgres(PostgresDatabase database) {
        return new ShopDatabase(database.schemaUrl(), database.username(), database.password());
    }

    /**
     * Applies the side's schema: the capability tables from shop-api (the monolith has
     * both) and the migrations under the directory named by system property
     * {@code ficus.migrations.<side>}.
     */
    ShopDatabase migrated(String side) {
        List<String> capabilities = side.equals("monolith") ? List.of("catalog", "inventory") : List.of(side);
        List<String> locations = new ArrayList<>(
                capabilities.stream().map(name -> "classpath:db/schema/" + name).toList());
        locations.add("filesystem:" + Path.of(System.getProperty("ficus.migrations." + side)));
        Flyway.configure().dataSource(url, user, password).locations(locations.toArray(String[]::new)).load().migrate();
        return this;
    }

    /**
     * Creates the tables of one monolith module, from the monolith's own Flyway script
     * for it (e.g. {@code V7__notifications.sql}), as a service's schema starts.
     */
    ShopDatabase withTablesOf(String module) {
        try {
            Path scripts = Files.createTempDirectory("ficus-" + module + "-schema");
            Path monolith = Path.of(System.getProperty("ficus.migrations.monolith"));
            try (Stream<Path> files = Files.list(monolith)) {
                for (Path script : files.filter(file -> file.getFileName().toString().endsWith("__" + module + ".sql"))
                    .toList()) {
                    Files.copy(script, scripts.resolve(script.getFileName()));
                }
            }
            Flyway.configure().dataSource(url, user, password).locations("filesystem:" + scripts).load().migrate();
            return this;
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Adds notifications {@code 1..count} to the monolith, every third without an order.
     */
    ShopDatabase withNotifications(int count) {
        for (int i = 1; i <= count; i++) {
            update("insert into notifications_notification (id, customer_id, order_id, type, recipient, message,"
                    + " sent_at) values (?, ?, ?, ?, ?, ?, ?)", i, 1 + i % 17, i % 3 == 0 ? null : 1000L + i,
                    i % 2 == 0 ? "ORDER_PLACED" : "ORDER_SHIPPED", "customer" + (1 + i % 17) + "@example.com",
                    "Message number " + i, SENT.plusMinutes(i));
        }
        return this;
    }

    /** Adds shipments {@code 1..count} to the monolith, one per order. */
    ShopDatabase withShipments(int count) {
        for (int i = 1; i <= count; i++) {
            update("insert into shipping_shipment (id, order_id, customer_id, tracking_number, shipped_at)"
                    + " values (?, ?, ?, ?, ?)", i, 1000L + i, 1 + i % 17, "TRK-%06d".formatted(i), SENT.plusHours(i));
        }
        return this;
    }

    /**
     * Adds orders {@code 1..count} to the monolith, order {@code i} with
     * {@code 1 + i % 3} lines.
     */
    ShopDatabase withOrders(int count) {
        for (int i = 1; i <= count; i++) {
            update("insert into orders_order (id, customer_id, status, total_amount, total_currency, placed_at)"
                    + " values (?, ?, ?, ?, ?, ?)", i, 1 + i % 17, "PLACED",
                    new BigDecimal("12.50").multiply(BigDecimal.valueOf(i)), "EUR", SENT.plusMinutes(i));
            for (int line = 1; line <= 1 + i % 3; line++) {
                update("insert into orders_order_line (order_id, line_number, product_id, quantity, unit_price_amount,"
                        + " unit_price_currency) values (?, ?, ?, ?, ?, ?)", i, line, line * 7, line,
                        new BigDecimal("12.50"), "EUR");
            }
        }
        return this;
    }

    /**
     * Fills the monolith's catalog and inventory with products {@code 1..count} and their
     * stock.
     */
    ShopDatabase seeded(int count) {
        for (int i = 0; i < SeedData.CATEGORIES.size(); i++) {
            update("insert into catalog_category (id, name) values (?, ?)", i + 1, SeedData.CATEGORIES.get(i));
        }
        for (SeedProduct product : SeedData.products(count)) {
            update("insert into catalog_product (id, sku, name, description, category_id, price_amount, price_currency)"
                    + " values (?, ?, ?, ?, ?, ?, ?)", product.id(), product.sku(), product.name(),
                    product.description(), SeedData.CATEGORIES.indexOf(product.category()) + 1,
                    product.price().amount(), product.price().currency());
            update("insert into inventory_stock (product_id, on_hand, reserved) values (?, ?, ?)", product.id(),
                    product.onHand(), product.reserved());
            if (product.reserved() > 0) {
                update("insert into inventory_reservation (id, order_id, product_id, quantity) values (?, ?, ?, ?)",
                        product.id(), 1000 + product.id(), product.id(), product.reserved());
            }
        }
        return this;
    }

    void update(String sql, Object... parameters) {
        try (Connection connection = connect(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
        catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    long count(String table) {
        return queryLong("select count(*) from " + table);
    }

    long queryLong(String sql) {
        return query(sql, resultSet -> resultSet.getLong(1));
    }

    String queryString(String sql) {
        return query(sql, resultSet -> resultSet.getString(1));
    }

    private <T> T query(String sql, FirstColumn<T> firstColumn) {
        try (Connection connection = connect();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet resultSet = statement.executeQuery()) {
            resultSet.next();
            return firstColumn.read(resultSet);
        }
        catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    /** Command-line arguments naming this database as {@code --from} or {@code --to}. */
    String[] as(String side) {
        return new String[] { "--" + side, url, "--" + side + "-user", user, "--" + side + "-password", password };
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** Reads the first column of the current row. */
    @FunctionalInterface
    private interface FirstColumn<T> {

        T read(ResultSet resultSet) throws SQLException;

    }
}
