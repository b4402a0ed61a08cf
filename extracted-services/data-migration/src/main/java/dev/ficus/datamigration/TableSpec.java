package dev.ficus.datamigration;

import java.util.List;

/**
 * One table a capability moves: where its rows come from on the monolith's side and where
 * they go.
 *
 * @param table the table on the service's side
 * @param key the single-column primary key rows are ordered and matched by
 * @param columns the columns compared, copied and checksummed (key first)
 * @param sourceQuery the query that yields the same columns on the monolith's side
 * @param identity whether {@code key} is an identity column whose sequence must continue
 * after the copied rows
 */
record TableSpec(String table, String key, List<String> columns, String sourceQuery, boolean identity) {

    TableSpec {
        columns = List.copyOf(columns);
        if (!columns.get(0).equals(key)) {
            throw new IllegalArgumentException("the key must be the first column of " + table);
        }
    }

    /** A table that exists alike on both sides. */
    static TableSpec copied(String table, boolean identity, String... columns) {
        return new TableSpec(table, columns[0], List.of(columns),
                "select " + String.join(", ", columns) + " from " + table, identity);
    }

    String targetQuery() {
        return "select " + String.join(", ", columns) + " from " + table;
    }
}
