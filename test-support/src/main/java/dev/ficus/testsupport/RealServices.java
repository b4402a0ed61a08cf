package dev.ficus.testsupport;

import org.jspecify.annotations.Nullable;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.regex.Pattern;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.rabbitmq.RabbitMQContainer;

/**
 * The one place that decides where tests find a real PostgreSQL and RabbitMQ: containers
 * when a Docker engine answers, otherwise the machine's local servers on 127.0.0.1
 * (PostgreSQL 5432 trust auth database {@code test}, RabbitMQ 5672 guest/guest). Started
 * containers live until the JVM exits.
 */
public final class RealServices {

    private static final Pattern SCHEMA_NAME = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private static final String LOCAL_POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private static @Nullable PostgreSQLContainer postgresContainer;

    private static @Nullable RabbitMQContainer rabbitContainer;

    private static @Nullable Boolean dockerAvailable;

    private RealServices() {
    }

    /**
     * A PostgreSQL schema of its own for one test suite, so that suites never see each
     * other's tables. The schema is dropped and created afresh.
     */
    public static synchronized PostgresDatabase freshPostgresSchema(String suiteSchema) {
        String schema = suiteSchema + isolationSuffix();
        if (!SCHEMA_NAME.matcher(schema).matches()) {
            throw new IllegalArgumentException("not a plain schema name: " + schema);
        }
        PostgresDatabase server = postgresServer();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(), server.username(),
                server.password()); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            statement.execute("CREATE SCHEMA " + schema);
        }
        catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + server.jdbcUrl() + " is not usable: " + e.getMessage(),
                    e);
        }
        return server.withSchema(schema);
    }

    /**
     * Suffix from {@code FICUS_TEST_ISOLATION} so that two checkouts running the same
     * suite at once on one machine (developers' work trees) never drop each other's
     * schemas; empty when unset, as in CI.
     */
    private static String isolationSuffix() {
        String isolation = System.getenv("FICUS_TEST_ISOLATION");
        if (isolation == null || isolation.isBlank()) {
            return "";
        }
        return "_" + isolation.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /** The PostgreSQL server itself (database {@code test} locally). */
    public static synchronized PostgresDatabase postgresServer() {
        if (!dockerAvailable()) {
            return new PostgresDatabase(LOCAL_POSTGRES_URL, "postgres", "", null);
        }
        if (postgresContainer == null) {
            postgresContainer = new PostgreSQLContainer("postgres:16-alpine");
            postgresContainer.start();
        }
        return new PostgresDatabase(postgresContainer.getJdbcUrl(), postgresContainer.getUsername(),
                postgresContainer.getPassword(), null);
    }

    /** A RabbitMQ broker. */
    public static synchronized RabbitBroker rabbit() {
        if (!dockerAvailable()) {
            return new RabbitBroker("127.0.0.1", 5672, "guest", "guest");
        }
        if (rabbitContainer == null) {
            rabbitContainer = new RabbitMQContainer("rabbitmq:4-management-alpine");
            rabbitContainer.start();
        }
        return new RabbitBroker(rabbitContainer.getHost(), rabbitContainer.getAmqpPort(),
                rabbitContainer.getAdminUsername(), rabbitContainer.getAdminPassword());
    }

    /** Whether a Docker engine answers; asked once per JVM. */
    public static synchronized boolean dockerAvailable() {
        if (dockerAvailable == null) {
            dockerAvailable = askDocker();
        }
        return dockerAvailable;
    }

    private static boolean askDocker() {
        if (Boolean.getBoolean("ficus.tests.local-services")) {
            return false;
        }
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        }
        catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

}
