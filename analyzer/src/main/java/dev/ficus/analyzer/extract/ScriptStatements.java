package dev.ficus.analyzer.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The statements of the monolith's own SQL scripts (any {@code .sql} of its
 * {@link #monolithScripts}, Flyway's, a {@code schema.sql} an application runs itself or
 * a schema dump) that make the given tables: their {@code create table}, the indexes on
 * them, the sequences named after them and the {@code alter table}s of them, as written.
 * A statement that references a table outside the set is left out: the service's database
 * holds only its own tables.
 */
final class ScriptStatements {

    /** A table's name, schema-qualified or not, each part quoted or not. */
    private static final String NAME = "((?:[\"`]?\\w+[\"`]?\\.)*[\"`]?\\w+[\"`]?)";

    private static final Pattern CREATE_TABLE = Pattern
        .compile("^create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?" + NAME, Pattern.CASE_INSENSITIVE);

    private static final Pattern ALTER_TABLE = Pattern.compile("^alter\\s+table\\s+(?:if\\s+exists\\s+)?" + NAME,
            Pattern.CASE_INSENSITIVE);

    private static final Pattern CREATE_INDEX = Pattern
        .compile("^create\\s+(?:unique\\s+)?index\\s+.*?\\s+on\\s+" + NAME, Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Pattern CREATE_SEQUENCE = Pattern
        .compile("^create\\s+sequence\\s+(?:if\\s+not\\s+exists\\s+)?" + NAME, Pattern.CASE_INSENSITIVE);

    /** Folders whose scripts are not the monolith's schema. */
    private static final Pattern SKIPPED = Pattern
        .compile("(^|/)(target|build|node_modules|\\.git|\\.mvn|src/test|src/it|test)/");

    private static final Set<String> POSTGRES = Set.of("postgres", "postgresql", "pgsql", "pg");

    private static final Set<String> OTHER_DATABASES = Set.of("mysql", "mariadb", "oracle", "sqlserver", "mssql", "db2",
            "dm", "dameng", "kingbase", "kingbasees", "opengauss", "gauss", "hsqldb", "derby", "sqlite", "sybase",
            "informix", "oceanbase", "tidb");

    private static final Pattern REFERENCES = Pattern.compile("\\breferences\\s+" + NAME, Pattern.CASE_INSENSITIVE);

    private static final Pattern WRITE = Pattern.compile("^(?:insert\\s+into|update|delete\\s+from)\\s+" + NAME,
            Pattern.CASE_INSENSITIVE);

    /**
     * Who owns a table, sequence or view, as {@code pg_dump} writes after each: a role of
     * the monolith's database server, which the service's database has not.
     */
    private static final Pattern OWNERSHIP = Pattern.compile("^alter\\s+\\w+(\\s+\\w+)?\\s.*\\bowner\\s+to\\s",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    /** A quoted SQL literal, {@code ''} and backslash escapes inside. */
    static final Pattern LITERAL = Pattern.compile("'(?:[^'\\\\]++|''|\\\\.)*+'");

    private ScriptStatements() {
    }

    /**
     * One statement per entry, each with the script it came from, in script and then
     * statement order. A table's statements all come from the first script (by path) that
     * creates it: {@code schema-h2.sql} and {@code schema-postgresql.sql} would otherwise
     * both create it.
     * @param monolithRoot the analysed monolith's folder
     * @param tables lower-case names of the tables wanted
     */
    static List<Statement> of(Path monolithRoot, Set<String> tables) {
        Map<Path, List<String>> scripts = new LinkedHashMap<>();
        Map<String, Path> sourceOf = new HashMap<>();
        for (Path script : monolithScripts(monolithRoot)) {
            List<String> statements = ScriptSplitter.statements(read(script));
            scripts.put(script, statements);
            statements.stream()
                .filter(sql -> referencesOnly(sql, tables))
                .forEach(sql -> table(CREATE_TABLE, sql).filter(tables::contains)
                    .ifPresent(table -> sourceOf.putIfAbsent(table, script)));
        }
        List<Statement> result = new ArrayList<>();
        scripts.forEach((script, statements) -> {
            for (String sql : statements) {
                if (subject(sql, sourceOf.keySet()).map(table -> script.equals(sourceOf.get(table))).orElse(false)
                        && referencesOnly(sql, tables) && !OWNERSHIP.matcher(sql).find()) {
                    result.add(new Statement(monolithRoot.relativize(script).toString().replace('\\', '/'), sql));
                }
            }
        });
        return result;
    }

    /**
     * The lower-case names of the tables a script's statements create (schema prefix
     * dropped), not those in its comments.
     */
    static Set<String> createdIn(String script) {
        Set<String> result = new TreeSet<>();
        ScriptSplitter.statements(script).forEach(sql -> table(CREATE_TABLE, sql).ifPresent(result::add));
        return result;
    }

    /** The tables the statements create. */
    static Set<String> created(List<Statement> statements) {
        Set<String> result = new TreeSet<>();
        statements.forEach(statement -> table(CREATE_TABLE, statement.sql()).ifPresent(result::add));
        return result;
    }

    /**
     * The one of the tables a statement makes or changes: the table it creates or alters,
     * the table of an index, the table a sequence is named after.
     */
    private static Optional<String> subject(String sql, Set<String> tables) {
        Optional<String> table = table(CREATE_TABLE, sql).or(() -> table(ALTER_TABLE, sql))
            .or(() -> table(CREATE_INDEX, sql));
        if (table.isPresent()) {
            return table.filter(tables::contains);
        }
        return table(CREATE_SEQUENCE, sql)
            .flatMap(sequence -> tables.stream().filter(name -> sequence.startsWith(name + "_")).findFirst());
    }

    /**
     * Whether each statement of the script is about the tables only: every table it
     * creates, alters, indexes, fills or changes and every one its foreign keys reference
     * is one of them (comments and literals aside).
     */
    static boolean concernsOnly(String script, Set<String> tables) {
        for (String statement : ScriptSplitter.statements(script)) {
            String sql = LITERAL.matcher(statement).replaceAll("''");
            Optional<String> subject = table(CREATE_TABLE, sql).or(() -> table(ALTER_TABLE, sql))
                .or(() -> table(CREATE_INDEX, sql))
                .or(() -> table(WRITE, sql));
            if (subject.filter(table -> !tables.contains(table)).isPresent() || !referencesOnly(sql, tables)) {
                return false;
            }
        }
        return true;
    }

    private static boolean referencesOnly(String sql, Set<String> tables) {
        Matcher references = REFERENCES.matcher(sql);
        while (references.find()) {
            if (!tables.contains(lastPart(references.group(1)))) {
                return false;
            }
        }
        return true;
    }

    private static Optional<String> table(Pattern pattern, String sql) {
        Matcher matcher = pattern.matcher(sql);
        return matcher.find() ? Optional.of(lastPart(matcher.group(1))) : Optional.empty();
    }

    private static String lastPart(String name) {
        String lower = name.toLowerCase(Locale.ROOT).replace("\"", "").replace("`", "");
        return lower.substring(lower.lastIndexOf('.') + 1);
    }

    /**
     * The monolith's {@code .sql} files: its application's resources first, then its
     * modules' resources, then any other (a multi-module codebase keeps its schema in
     * {@code sql/} or {@code document/sql/}), each sorted by the database its path names
     * and then by path; never build output, tests or dependencies.
     */
    static List<Path> monolithScripts(Path monolithRoot) {
        Path own = monolithRoot.resolve("src/main/resources");
        List<Path> all = scripts(monolithRoot, ".*\\.sql").stream()
            .filter(script -> !SKIPPED.matcher(monolithRoot.relativize(script).toString().replace('\\', '/')).find())
            .sorted(Comparator.comparingInt(script -> dialectRank(monolithRoot.relativize(script))))
            .toList();
        List<Path> result = new ArrayList<>(all.stream().filter(script -> script.startsWith(own)).toList());
        all.stream()
            .filter(script -> !result.contains(script)
                    && script.toString().replace('\\', '/').contains("/src/main/resources/"))
            .forEach(result::add);
        all.stream().filter(script -> !result.contains(script)).forEach(result::add);
        return result;
    }

    /**
     * How well a script's database suits the service, which runs H2 and PostgreSQL: a
     * path naming H2 first, then PostgreSQL, then one naming no database, then one naming
     * another ({@code script/sql/oracle/}, {@code schema-mysql.sql}): dromara's
     * RuoYi-Vue-Plus keeps a script for each, and the Oracle one came first by path.
     */
    static int dialectRank(Path script) {
        Set<String> words = new TreeSet<>(List.of(script.toString().toLowerCase(Locale.ROOT).split("[^a-z0-9]+")));
        if (words.contains("h2")) {
            return 0;
        }
        if (words.stream().anyMatch(POSTGRES::contains)) {
            return 1;
        }
        return words.stream().anyMatch(OTHER_DATABASES::contains) ? 3 : 2;
    }

    /**
     * The files below {@code folder} whose name matches, sorted by path; none without it.
     */
    static List<Path> scripts(Path folder, String fileName) {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.getFileName().toString().matches(fileName)).sorted().toList();
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path script) {
        try {
            return Files.readString(script);
        }
        catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param script the script's path relative to the monolith's folder
     * @param sql the statement, without its closing {@code ;}
     */
    record Statement(String script, String sql) {
    }

}
