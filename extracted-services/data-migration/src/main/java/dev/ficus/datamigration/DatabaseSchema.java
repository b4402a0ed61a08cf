package dev.ficus.datamigration;

import org.jspecify.annotations.Nullable;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What a database's own metadata says about its tables in the connection's schema:
 * columns, primary keys, foreign keys and identity columns. Names are compared and
 * returned in lower case, the way the plan and the SQL here write them.
 */
final class DatabaseSchema {

    private final DatabaseMetaData metaData;

    private final String catalog;

    private final String schema;

    DatabaseSchema(Connection connection) throws SQLException {
        this.metaData = connection.getMetaData();
        this.catalog = connection.getCatalog();
        this.schema = connection.getSchema();
    }

    boolean hasTable(String table) throws SQLException {
        try (ResultSet tables = metaData.getTables(catalog, pattern(schema), pattern(stored(table)), null)) {
            return tables.next();
        }
    }

    /** The table's columns in their declared order. */
    List<String> columns(String table) throws SQLException {
        Map<Integer, String> byPosition = new TreeMap<>();
        try (ResultSet columns = metaData.getColumns(catalog, pattern(schema), pattern(stored(table)), "%")) {
            while (columns.next()) {
                byPosition.put(columns.getInt("ORDINAL_POSITION"), lower(columns.getString("COLUMN_NAME")));
            }
        }
        return List.copyOf(byPosition.values());
    }

    /** Whether any of the table's columns accepts null (or may: nullability unknown). */
    boolean hasNullableColumn(String table) throws SQLException {
        try (ResultSet columns = metaData.getColumns(catalog, pattern(schema), pattern(stored(table)), "%")) {
            while (columns.next()) {
                if (columns.getInt("NULLABLE") != DatabaseMetaData.columnNoNulls) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The primary key's columns in key order, empty when the table has none. */
    List<String> primaryKey(String table) throws SQLException {
        Map<Short, String> bySequence = new TreeMap<>();
        try (ResultSet keys = metaData.getPrimaryKeys(catalog, schema, stored(table))) {
            while (keys.next()) {
                bySequence.put(keys.getShort("KEY_SEQ"), lower(keys.getString("COLUMN_NAME")));
            }
        }
        return List.copyOf(bySequence.values());
    }

    /** The tables the table's foreign keys point to, sorted. */
    Set<String> parents(String table) throws SQLException {
        Set<String> parents = new TreeSet<>();
        try (ResultSet keys = metaData.getImportedKeys(catalog, schema, stored(table))) {
            while (keys.next()) {
                parents.add(lower(keys.getString("PKTABLE_NAME")));
            }
        }
        return parents;
    }

    /**
     * Whether the database generates the column's values (an identity or serial column).
     */
    boolean isIdentity(String table, String column) throws SQLException {
        try (ResultSet columns = metaData.getColumns(catalog, pattern(schema), pattern(stored(table)),
                pattern(stored(column)))) {
            return columns.next() && "YES".equals(columns.getString("IS_AUTOINCREMENT"));
        }
    }

    private String stored(String name) throws SQLException {
        if (metaData.storesUpperCaseIdentifiers()) {
            return name.toUpperCase(Locale.ROOT);
        }
        return metaData.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
    }

    private String lower(String name) throws SQLException {
        return metaData.storesUpperCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
    }

    /**
     * A name as a metadata search pattern, where {@code _} and {@code %} are wildcards.
     */
    private @Nullable String pattern(@Nullable String name) throws SQLException {
        if (name == null) {
            return null;
        }
        String escape = metaData.getSearchStringEscape();
        return escape == null || escape.isEmpty() ? name
                : name.replace(escape, escape + escape).replace("_", escape + "_").replace("%", escape + "%");
    }

}
