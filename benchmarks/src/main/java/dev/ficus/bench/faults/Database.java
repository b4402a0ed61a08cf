package dev.ficus.bench.faults;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import dev.ficus.bench.topology.AppJars;

/**
 * Where the shop's processes keep their data during a fault run: their embedded defaults,
 * or the local PostgreSQL server with one schema per process that the run creates empty
 * and drops afterwards.
 */
public enum Database {

    /**
     * Each application's own default (H2 files under a data directory of its own in the
     * run directory).
     */
    EMBEDDED,

    /**
     * PostgreSQL at 127.0.0.1:5432, database {@code test}, one fresh schema per process.
     */
    POSTGRES;

    public static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private static final String SCHEMA_PREFIX = "ficus_faults_";

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The extra properties of one process of the run. */
    public List<String> properties(String process) {
        // the embedded stores' ficus.data-dir is set per process by ShopTopologies,
        // inside the run directory
        List<String> properties = new ArrayList<>();
        if (this == POSTGRES && !process.equals(AppJars.GATEWAY)) {
            String schema = schema(process);
            properties.add("spring.profiles.active=postgres");
            properties.add("spring.datasource.url=" + POSTGRES_URL + "?currentSchema=" + schema);
            properties.add("spring.datasource.username=postgres");
            properties.add("spring.flyway.schemas=" + schema);
            properties.add("spring.flyway.default-schema=" + schema);
            properties.add("spring.flyway.create-schemas=true");
        }
        return properties;
    }

    /**
     * Drops the run's schemas (PostgreSQL only), so every run starts empty and leaves
     * nothing behind.
     */
    public void reset(List<String> processes) {
        if (this != POSTGRES) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
                Statement statement = connection.createStatement()) {
            for (String process : processes) {
                statement.execute("DROP SCHEMA IF EXISTS " + schema(process) + " CASCADE");
            }
        }
        catch (SQLException ex) {
            throw new IllegalStateException("cannot reach PostgreSQL at " + POSTGRES_URL + ": " + ex.getMessage(), ex);
        }
    }

    static String schema(String process) {
        String isolation = System.getenv().getOrDefault("FICUS_TEST_ISOLATION", "");
        return (SCHEMA_PREFIX + process.replace('-', '_') + (isolation.isEmpty() ? "" : "_" + isolation))
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9_]", "_");
    }

}
