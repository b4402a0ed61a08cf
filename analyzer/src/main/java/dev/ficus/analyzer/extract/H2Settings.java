package dev.ficus.analyzer.extract;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the service's H2 URL adds so that it runs its schema, and the monolith's SQL on
 * those tables, as written for the monolith's database: MySQL's compatibility mode, with
 * unquoted names lower-cased as MySQL keeps them, when a script is MySQL's
 * ({@code `names`}, {@code ENGINE=}); and H2's keywords that a table names a column with
 * unquoted, as PostgreSQL and MySQL allow ({@code value}, {@code year}), taken as names
 * ({@code NON_KEYWORDS}: RuoYi-Vue-Plus's {@code test_demo.value} stopped the service's
 * schema at start).
 */
final class H2Settings {

    private static final Pattern MYSQL = Pattern.compile("`\\w+`|\\)\\s*ENGINE\\s*=", Pattern.CASE_INSENSITIVE);

    private static final Pattern CREATE_TABLE = Pattern
        .compile("^create\\s+(?:(?:global\\s+|local\\s+)?temporary\\s+)?table\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern FIRST_WORD = Pattern.compile("^\\s*(\\w+)");

    /**
     * H2 2's keywords a column may be named by unquoted on PostgreSQL or MySQL, and that
     * H2 2.4 then creates, fills, selects, filters and orders by as names in each of its
     * modes while its SQL keeps using them ({@code extract(year from …)},
     * {@code range between}). Not {@code user} (selected, it is the session's user),
     * {@code limit} ({@code from t limit 1} takes it for an alias), {@code top},
     * {@code offset}, {@code window} or {@code interval} (not selectable even so).
     * {@code key} also starts a MySQL index, which H2 still reads with it taken as a
     * name.
     */
    private static final Set<String> KEYWORDS = Set.of("VALUE", "KEY", "YEAR", "MONTH", "DAY", "HOUR", "MINUTE",
            "SECOND", "MINUS", "REGEXP", "RANGE", "GROUPS");

    /** A column added to a table later. */
    private static final Pattern ADD_COLUMN = Pattern.compile(
            "^alter\\s+table\\s+(?:if\\s+exists\\s+)?(?:only\\s+)?\\S+\\s+add\\s+(?:column\\s+)?(?:if\\s+not\\s+exists\\s+)?(\\w+)",
            Pattern.CASE_INSENSITIVE);

    private H2Settings() {
    }

    static String of(List<GeneratedFile> schema) {
        boolean mysql = schema.stream()
            .anyMatch(file -> MYSQL.matcher(ScriptStatements.LITERAL.matcher(file.content()).replaceAll("''")).find());
        Set<String> keywords = new TreeSet<>();
        schema.forEach(file -> ScriptSplitter.statements(file.content()).forEach(sql -> {
            Matcher added = ADD_COLUMN.matcher(sql);
            if (CREATE_TABLE.matcher(sql).find()) {
                keywords.addAll(keywordColumns(sql));
            }
            else if (added.find() && KEYWORDS.contains(added.group(1).toUpperCase(Locale.ROOT))) {
                keywords.add(added.group(1).toUpperCase(Locale.ROOT));
            }
        }));
        return (mysql ? ";MODE=MySQL;DATABASE_TO_LOWER=TRUE" : "")
                + (keywords.isEmpty() ? "" : ";NON_KEYWORDS=" + String.join(",", keywords));
    }

    /** The unquoted column names of a {@code create table} that are H2 keywords. */
    private static Set<String> keywordColumns(String createTable) {
        String sql = ScriptStatements.LITERAL.matcher(createTable).replaceAll("''");
        Set<String> found = new TreeSet<>();
        int depth = 0;
        int element = sql.indexOf('(') + 1;
        for (int at = element; element > 0 && at < sql.length() && depth >= 0; at++) {
            char c = sql.charAt(at);
            depth += (c == '(') ? 1 : (c == ')') ? -1 : 0;
            if ((c == ',' && depth == 0) || depth < 0) {
                Matcher word = FIRST_WORD.matcher(sql.substring(element, at));
                if (word.find()) {
                    String name = word.group(1).toUpperCase(Locale.ROOT);
                    if (KEYWORDS.contains(name)) {
                        found.add(name);
                    }
                }
                element = at + 1;
            }
        }
        return found;
    }

}
