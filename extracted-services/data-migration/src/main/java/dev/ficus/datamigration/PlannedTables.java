package dev.ficus.datamigration;

import dev.ficus.plan.CandidatePlan;
import dev.ficus.plan.DataMove;
import dev.ficus.plan.MigrationPlan;
import dev.ficus.plan.PlanDocumentException;
import dev.ficus.plan.PlanDocuments;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The SQL tables a candidate of {@code plan.json} moves (its {@code data.tables} but the
 * document collections, which their own store's tools copy). The plan names the tables;
 * the source database's metadata gives their columns, primary key and foreign keys (the
 * plan carries no foreign keys), so rows are copied parents first; the plan's primary key
 * stands in where the database declares none. A key column the target generates is an
 * identity whose sequence continues after the copy.
 */
final class PlannedTables implements CapabilityTables {

    private final Path planFile;

    private final CandidatePlan candidate;

    private List<TableSpec> tables = List.of();

    private PlannedTables(Path planFile, CandidatePlan candidate) {
        this.planFile = planFile;
        this.candidate = candidate;
    }

    /**
     * The candidate's tables in the plan.
     * @throws UserMistakeException when the plan cannot be read, has no such candidate or
     * the candidate moves no table
     */
    static PlannedTables of(Path planFile, String capability) {
        MigrationPlan plan;
        try {
            plan = PlanDocuments.read(planFile);
        }
        catch (PlanDocumentException e) {
            throw new UserMistakeException(String.valueOf(e.getMessage()));
        }
        CandidatePlan candidate = plan.candidate(capability)
            .orElseThrow(() -> new UserMistakeException(plan.unknownCandidate(capability, planFile.toString())));
        if (candidate.data().tables().isEmpty()) {
            throw new UserMistakeException(
                    "candidate '" + capability + "' of " + planFile + " moves no table: there is no data to migrate");
        }
        if (sqlTables(candidate).isEmpty()) {
            throw new UserMistakeException("candidate '" + capability + "' of " + planFile + " moves no SQL table,"
                    + " only document collections (" + collections(candidate)
                    + "): copy them with their store's tools");
        }
        return new PlannedTables(planFile, candidate);
    }

    @Override
    public String service() {
        return candidate.name();
    }

    /** Where the tables and their order come from, in one line. */
    String origin() {
        String left = sqlTables(candidate).size() == candidate.data().tables().size() ? ""
                : "; left out, not SQL tables: " + collections(candidate);
        return candidate.name() + ": " + sqlTables(candidate).size() + " table(s) from " + planFile
                + "; columns, keys and copy order (parents first) from the source database's metadata, "
                + "the plan carries no foreign keys" + left;
    }

    private static List<DataMove.Table> sqlTables(CandidatePlan candidate) {
        return candidate.data().tables().stream().filter(DataMove.Table::sql).toList();
    }

    /** The document collections the candidate moves, each with its store. */
    private static String collections(CandidatePlan candidate) {
        return String.join(", ",
                candidate.data()
                    .tables()
                    .stream()
                    .filter(table -> !table.sql())
                    .map(table -> table.name() + " (" + table.store() + ")")
                    .toList());
    }

    @Override
    public List<TableSpec> tables(Connection source, Connection target) throws SQLException {
        if (tables.isEmpty()) {
            tables = read(new DatabaseSchema(source), new DatabaseSchema(target));
        }
        return tables;
    }

    private List<TableSpec> read(DatabaseSchema source, DatabaseSchema target) throws SQLException {
        Map<String, TableSpec> byName = new LinkedHashMap<>();
        Map<String, Set<String>> parents = new LinkedHashMap<>();
        for (DataMove.Table table : sqlTables(candidate)) {
            if (!source.hasTable(table.name())) {
                throw new UserMistakeException("the source database has no table " + table.name() + " (named by "
                        + planFile + " for " + candidate.name() + ")");
            }
            byName.put(table.name(), spec(table, source, target));
            parents.put(table.name(), source.parents(table.name()));
        }
        return CopyOrder.parentsFirst(List.copyOf(byName.keySet()), parents).stream().map(byName::get).toList();
    }

    private TableSpec spec(DataMove.Table table, DatabaseSchema source, DatabaseSchema target) throws SQLException {
        List<String> declared = source.primaryKey(table.name());
        List<String> key = declared.isEmpty() ? table.primaryKey() : declared;
        if (key.isEmpty()) {
            key = wholeRowKey(table.name(), source);
        }
        List<String> columns = new ArrayList<>(key);
        List<String> keyColumns = key;
        source.columns(table.name()).stream().filter(column -> !keyColumns.contains(column)).forEach(columns::add);
        boolean identity = key.size() == 1 && target.isIdentity(table.name(), key.get(0));
        return TableSpec.copied(table.name(), key, columns, identity);
    }

    /**
     * A table without a primary key, such as the join table of a many-to-many, whose rows
     * are matched on all their columns: a row is its own identity. A column that accepts
     * null cannot take part in that (null equals nothing), so such a table is refused.
     */
    private static List<String> wholeRowKey(String table, DatabaseSchema source) throws SQLException {
        if (source.hasNullableColumn(table)) {
            throw new UserMistakeException("table " + table + " has no primary key in the source database or the"
                    + " plan and has columns that accept null, so its rows cannot be matched and copied resumably");
        }
        return source.columns(table);
    }

}
