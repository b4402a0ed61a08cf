package dev.ficus.testsupport;

import org.jspecify.annotations.Nullable;

/**
 * Where a test finds a real PostgreSQL.
 *
 * @param schema the schema of its own the test works in, or {@code null} for the server's
 * default
 */
public record PostgresDatabase(String jdbcUrl, String username, String password, @Nullable String schema) {

    PostgresDatabase withSchema(@Nullable String newSchema) {
        return new PostgresDatabase(jdbcUrl, username, password, newSchema);
    }

    /**
     * JDBC URL that puts connections into {@link #schema()} (for Flyway, JPA and plain
     * JDBC alike).
     */
    public String schemaUrl() {
        if (schema == null) {
            return jdbcUrl;
        }
        return jdbcUrl + (jdbcUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }
}
