package dev.ficus.analyzer.extract;

import dev.ficus.plan.DataMove;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The service's own schema: the monolith's Flyway scripts that create only the
 * candidate's tables and touch or refer to no other table, as they are; for a table no
 * such script creates and no JPA entity maps, its statements in the monolith's other
 * scripts ({@link ScriptStatements}); and for the rest a {@code create table} from the
 * columns its JPA entity maps (the plan's {@link DataMove.Table}). A document store's
 * collections are left out.
 */
final class ServiceSchema {

    /**
     * PostgreSQL's cast of a {@code char} column's default as {@code pg_dump} writes it
     * ({@code '0'::bpchar}): H2 knows no {@code bpchar}, and the column's own type casts
     * the literal the same way on either database.
     */
    private static final Pattern BLANK_PADDED_CAST = Pattern.compile("\\s*::\\s*bpchar\\b(?!\\s*\\[)",
            Pattern.CASE_INSENSITIVE);

    /** The same cast of a {@code null} default. */
    private static final Pattern NULL_BLANK_PADDED_CAST = Pattern.compile("(?i)\\bnull" + BLANK_PADDED_CAST.pattern());

    private ServiceSchema() {
    }

    /**
     * The scripts, as files under {@code src/main/resources/db/<location>/}.
     * @param monolithRoot the analysed monolith's folder
     */
    static List<GeneratedFile> of(List<DataMove.Table> tables, Path monolithRoot, String location) {
        List<DataMove.Table> sqlTables = tables.stream().filter(DataMove.Table::sql).toList();
        Set<String> owned = sqlTables.stream().map(DataMove.Table::name).collect(Collectors.toSet());
        List<GeneratedFile> files = new ArrayList<>();
        Set<String> created = new TreeSet<>();
        for (Path script : scripts(monolithRoot)) {
            String sql = ScriptStatements.read(script);
            Set<String> creates = ScriptStatements.createdIn(sql);
            // a foreign key to another candidate's table would fail in the service's
            // database
            if (!creates.isEmpty() && owned.containsAll(creates) && ScriptStatements.concernsOnly(sql, owned)) {
                files.add(new GeneratedFile(folder(location) + script.getFileName(), sql));
                created.addAll(creates);
            }
        }
        Set<String> unmapped = sqlTables.stream()
            .filter(table -> !created.contains(table.name()) && table.entity().isEmpty())
            .map(DataMove.Table::name)
            .collect(Collectors.toCollection(TreeSet::new));
        Set<String> fromStatements = ScriptStatements.created(ScriptStatements.of(monolithRoot, unmapped));
        if (!fromStatements.isEmpty()) {
            files.add(new GeneratedFile(folder(location) + "V0_0_1__" + location + "_tables_from_monolith_scripts.sql",
                    script(ScriptStatements.of(monolithRoot, fromStatements))));
            created.addAll(fromStatements);
        }
        List<DataMove.Table> missing = sqlTables.stream().filter(table -> !created.contains(table.name())).toList();
        if (!missing.isEmpty()) {
            files.add(new GeneratedFile(folder(location) + "V0_1__" + location + "_tables_from_entities.sql",
                    MigrationScript.of(missing)));
        }
        return files;
    }

    /**
     * The statements as one script, each after a comment naming where it came from: the
     * tables no JPA entity maps, as the monolith's own scripts make them, but for the
     * {@link #BLANK_PADDED_CAST}.
     */
    private static String script(List<ScriptStatements.Statement> statements) {
        StringBuilder sql = new StringBuilder();
        for (ScriptStatements.Statement statement : statements) {
            sql.append("-- from the monolith's ")
                .append(statement.script())
                .append('\n')
                .append(withoutBlankPaddedCasts(statement.sql()))
                .append(";\n\n");
        }
        return sql.toString();
    }

    /**
     * The statement with the {@link #BLANK_PADDED_CAST} of each literal and {@code null}
     * left out (an array's, {@code ::bpchar[]}, stays).
     */
    private static String withoutBlankPaddedCasts(String sql) {
        StringBuilder out = new StringBuilder();
        Matcher literal = ScriptStatements.LITERAL.matcher(sql);
        Matcher cast = BLANK_PADDED_CAST.matcher(sql);
        int at = 0;
        while (literal.find()) {
            out.append(withoutNullCasts(sql.substring(at, literal.start()))).append(literal.group());
            at = literal.end();
            if (cast.region(at, sql.length()).lookingAt()) {
                at = cast.end();
            }
        }
        return out.append(withoutNullCasts(sql.substring(at))).toString();
    }

    private static String withoutNullCasts(String sqlOutsideLiterals) {
        return NULL_BLANK_PADDED_CAST.matcher(sqlOutsideLiterals).replaceAll("null");
    }

    /** What the README says of each document collection the schema leaves out. */
    static List<String> collectionNotes(List<DataMove.Table> tables) {
        return tables.stream()
            .filter(table -> !table.sql())
            .map(table -> "`" + table.name() + "` is a " + table.store() + " collection (`" + table.entity()
                    + "`), not a table: the service's schema and `ficus migrate-data` leave it out; give the service a "
                    + table.store() + " of its own and copy the collection with that store's tools")
            .toList();
    }

    private static String folder(String location) {
        return "src/main/resources/db/" + location + "/";
    }

    private static List<Path> scripts(Path monolithRoot) {
        return ScriptStatements.scripts(monolithRoot.resolve("src/main/resources/db"), "V[^_]*__.*\\.sql");
    }

}
