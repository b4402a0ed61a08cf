package dev.ficus.datamigration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Copies one table in key order (a key of several columns compares as a row value), one
 * committed batch at a time. A source row already on the target unchanged is skipped, so
 * a run that was interrupted simply runs again; a row that differs stops the copy
 * untouched.
 */
final class TableCopy {

    private final TableSpec spec;

    private final int batchSize;

    TableCopy(TableSpec spec, int batchSize) {
        this.spec = spec;
        this.batchSize = batchSize;
    }

    /** Copies (or, for a dry run, only counts) the rows missing on the target. */
    CopyResult run(Connection source, Connection target, boolean dryRun, BatchListener listener) throws SQLException {
        long read = 0;
        long copied = 0;
        List<Object> lastKey = List.of();
        List<Row> batch;
        while (!(batch = nextBatch(source, lastKey)).isEmpty()) {
            List<Row> missing = missingOnTarget(target, batch);
            if (!dryRun) {
                insert(target, missing);
                target.commit();
            }
            read += batch.size();
            copied += missing.size();
            lastKey = batch.get(batch.size() - 1).key(keySize());
            listener.batchDone(spec.table(), read, copied);
        }
        if (!dryRun && spec.identity()) {
            continueIdentity(target);
        }
        return new CopyResult(spec.table(), read, copied);
    }

    private List<Row> nextBatch(Connection source, List<Object> lastKey) throws SQLException {
        String sql = "select * from (" + spec.sourceQuery() + ") s"
                + (lastKey.isEmpty() ? "" : " where " + spec.keyRow() + " > " + spec.keyParameters()) + " order by "
                + String.join(", ", spec.key());
        try (PreparedStatement statement = source.prepareStatement(sql)) {
            // not "fetch first n rows only", which MySQL does not know: each driver
            // limits
            // the rows its own way
            statement.setMaxRows(batchSize);
            set(statement, 1, lastKey);
            return rows(statement, spec.columns().size());
        }
    }

    private List<Row> missingOnTarget(Connection target, List<Row> batch) throws SQLException {
        Map<String, Row> existing = new HashMap<>();
        String sql = spec.targetQuery() + " where " + spec.keyRow() + " >= " + spec.keyParameters() + " and "
                + spec.keyRow() + " <= " + spec.keyParameters();
        try (PreparedStatement statement = target.prepareStatement(sql)) {
            set(statement, 1, batch.get(0).key(keySize()));
            set(statement, 1 + keySize(), batch.get(batch.size() - 1).key(keySize()));
            for (Row row : rows(statement, spec.columns().size())) {
                existing.put(row.keyText(keySize()), row);
            }
        }
        List<Row> missing = new ArrayList<>();
        for (Row row : batch) {
            Row there = existing.get(row.keyText(keySize()));
            if (there == null) {
                missing.add(row);
            }
            else if (!there.canonical().equals(row.canonical())) {
                throw new ConflictingRowException(spec.table(), key(row), row, there);
            }
        }
        return missing;
    }

    private int keySize() {
        return spec.key().size();
    }

    private Object key(Row row) {
        return keySize() == 1 ? row.key(1).get(0) : row.key(keySize());
    }

    private static void set(PreparedStatement statement, int first, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            statement.setObject(first + i, values.get(i));
        }
    }

    private void insert(Connection target, List<Row> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        String sql = "insert into " + spec.table() + " (" + String.join(", ", spec.columns()) + ") values ("
                + "?, ".repeat(spec.columns().size() - 1) + "?)";
        try (PreparedStatement statement = target.prepareStatement(sql)) {
            for (Row row : rows) {
                for (int i = 0; i < row.values().size(); i++) {
                    statement.setObject(i + 1, row.values().get(i));
                }
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    private void continueIdentity(Connection target) throws SQLException {
        long next;
        try (PreparedStatement max = target
            .prepareStatement("select coalesce(max(" + spec.key().get(0) + "), 0) + 1 from " + spec.table());
                ResultSet resultSet = max.executeQuery()) {
            resultSet.next();
            next = resultSet.getLong(1);
        }
        try (PreparedStatement restart = target.prepareStatement(
                "alter table " + spec.table() + " alter column " + spec.key().get(0) + " restart with " + next)) {
            restart.execute();
        }
        target.commit();
    }

    static List<Row> rows(PreparedStatement statement, int columnCount) throws SQLException {
        List<Row> rows = new ArrayList<>();
        try (ResultSet resultSet = statement.executeQuery()) {
            while (resultSet.next()) {
                rows.add(Row.read(resultSet, columnCount));
            }
        }
        return rows;
    }

    /** What one table's copy did. */
    record CopyResult(String table, long read, long copied) {
    }

    /**
     * Told after every committed batch: progress output, and the hook tests use to
     * interrupt a run.
     */
    @FunctionalInterface
    interface BatchListener {

        void batchDone(String table, long rowsRead, long rowsCopied);

    }

}
