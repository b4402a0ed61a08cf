package dev.ficus.datamigration;

import dev.ficus.datamigration.TableCopy.BatchListener;
import dev.ficus.datamigration.TableCopy.CopyResult;
import dev.ficus.datamigration.Verification.TableVerification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves one capability's tables from the monolith's database to its service's database,
 * then verifies both sides table by table. The target schema must exist already (the
 * service's Flyway migrations create it).
 */
final class DataMigration {

    private final CapabilityTables capability;

    private final Endpoint source;

    private final Endpoint target;

    private final int batchSize;

    DataMigration(CapabilityTables capability, Endpoint source, Endpoint target, int batchSize) {
        if (batchSize < 1) {
            throw new UserMistakeException("--batch must be at least 1, was " + batchSize);
        }
        this.capability = capability;
        this.source = source;
        this.target = target;
        this.batchSize = batchSize;
    }

    /**
     * Copies the missing rows (none for a dry run) and returns what each table's copy
     * did.
     */
    List<CopyResult> copy(boolean dryRun, BatchListener listener) {
        try (Connection from = source.connect(); Connection to = target.connect()) {
            List<TableSpec> tables = capability.tables(from, to);
            requireTables(tables, from, to);
            List<CopyResult> results = new ArrayList<>();
            for (TableSpec table : tables) {
                results.add(new TableCopy(table, batchSize).run(from, to, dryRun, listener));
            }
            return results;
        }
        catch (SQLException e) {
            throw new IllegalStateException("migration failed: " + e.getMessage(), e);
        }
    }

    /** Row counts and checksums of every table on both sides. */
    Verification verify() {
        try (Connection from = source.connect(); Connection to = target.connect()) {
            List<TableVerification> tables = new ArrayList<>();
            for (TableSpec table : capability.tables(from, to)) {
                int columns = table.columns().size();
                tables.add(new TableVerification(table.table(), TableChecksum.of(from, table.sourceQuery(), columns),
                        TableChecksum.of(to, table.targetQuery(), columns)));
            }
            return new Verification(tables);
        }
        catch (SQLException e) {
            throw new IllegalStateException("verification failed: " + e.getMessage(), e);
        }
    }

    private void requireTables(List<TableSpec> tables, Connection from, Connection to) {
        for (TableSpec table : tables) {
            probe(from, table.sourceQuery(), "source", table.table());
            probe(to, table.targetQuery(), "target",
                    table.table() + " with columns " + String.join(", ", table.columns()) + " (start the "
                            + capability.service() + " service against it once to create it)");
        }
    }

    private static void probe(Connection connection, String query, String side, String what) {
        try (PreparedStatement statement = connection.prepareStatement(query + " where 1 = 0")) {
            statement.executeQuery().close();
        }
        catch (SQLException e) {
            rollbackQuietly(connection);
            throw new UserMistakeException("the " + side + " database has no usable table " + what);
        }
    }

    private static void rollbackQuietly(Connection connection) {
        try {
            connection.rollback();
        }
        catch (SQLException e) {
            // the connection is closed right after
        }
    }

}
