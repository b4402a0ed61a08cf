package dev.ficus.datamigration;

import java.util.List;

/**
 * One table a capability moves: where its rows come from on the monolith's side and where
 * they go.
 *
 * @param table the table on the service's side
 * @param key the primary key's columns, rows are ordered and matched by them
 * @param columns the columns compared, copied and checksummed (the key's first)
 * @param sourceQuery the query that yields the same columns on the monolith's side
 * @param identity whether the key is a single identity column whose sequence must
 * continue after the copied rows
 */
record TableSpec(String table, List<String> key, List<String> columns, String sourceQuery, boolean identity) {

    TableSpec {
        key = List.copyOf(key);
        columns = List.copyOf(columns);
        if (key.isEmpty() || !columns.subList(0, Math.min(key.size(), columns.size())).equals(key)) {
            throw new IllegalArgumentException("the key must be the first columns of " + table);
        }
        if (identity && key.size() != 1) {
            throw new IllegalArgumentException("only a single-column key of " + table + " can be an identity");
        }
    }

    /** A table that exists alike on both sides. */
    static TableSpec copied(String table, List<String> key, List<String> columns, boolean identity) {
        return new TableSpec(table, key, columns, "select " + String.join(", ", columns) + " from " + table, identity);
    }

    /**
     * A table with a single-column key, its first column, that exists alike on both
     * sides.
     */
    static TableSpec copied(String table, boolean identity, String... columns) {
        return copied(table, List.of(columns[0]), List.of(columns), identity);
    }

    String targetQuery() {
        return "select " + String.join(", ", columns) + " from " + table;
    }

    /** The key as a row value, e.g. {@code (order_id, line_number)}. */
    String keyRow() {
        return "(" + String.join(", ", key) + ")";
    }

    /** As many parameter markers as the key has columns, e.g. {@code (?, ?)}. */
    String keyParameters() {
        return "(" + "?, ".repeat(key.size() - 1) + "?)";
    }
}
