package dev.ficus.analyzer.graph.data;

import java.util.Locale;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads table names out of SQL (or JPQL) text: {@code from}/{@code join} lists,
 * {@code insert into}, {@code update}, {@code delete from}, {@code merge into}. A
 * best-effort reading for plain statements, not a SQL parser: sub-queries are followed,
 * dynamic parts are skipped.
 */
public final class SqlTables {

    private static final Pattern LOOKS_LIKE_SQL = Pattern.compile(
            "^[\\s(]*(select\\s.*\\sfrom\\s|insert\\s+into\\s|update\\s+[\\w.\"`]+\\s+(\\w+\\s+)?set\\s"
                    + "|delete\\s+from\\s|merge\\s+into\\s|with\\s+\\w+.*\\sas\\s*\\()",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Pattern FROM_LIST = Pattern.compile(
            "\\bfrom\\s+([^()]+?)(?=\\bwhere\\b|\\bjoin\\b|\\binner\\b|\\bleft\\b|\\bright\\b|\\bfull\\b|\\bcross\\b"
                    + "|\\bgroup\\b|\\border\\b|\\bhaving\\b|\\blimit\\b|\\bunion\\b|\\bfor\\b|\\bon\\b|\\)|;|$)",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private static final Pattern SINGLE_TABLE = Pattern.compile(
            "\\b(?:join|insert\\s+into|delete\\s+from|merge\\s+into|using|^\\s*update|;\\s*update)\\s+([\\w.\"`\\[\\]]+)",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);

    /**
     * The database's own catalog: {@code information_schema.tables} describes the
     * application's tables, it is none of them.
     */
    private static final Set<String> CATALOG_SCHEMAS = Set.of("information_schema", "pg_catalog", "sys", "mysql",
            "performance_schema");

    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_][\\w$]*");

    private static final Set<String> KEYWORDS = Set.of("select", "lateral", "unnest", "dual", "table", "values", "set",
            "where", "only", "fetch");

    private SqlTables() {
    }

    static boolean looksLikeSql(String text) {
        return text.length() > 10 && LOOKS_LIKE_SQL.matcher(text).find();
    }

    /** Table (or JPQL entity) names in the text, lower-case, without schema or quotes. */
    public static SortedSet<String> in(String sql) {
        SortedSet<String> tables = new TreeSet<>();
        Matcher from = FROM_LIST.matcher(sql);
        while (from.find()) {
            for (String item : from.group(1).split(",")) {
                addFirstWord(item, tables);
            }
        }
        Matcher single = SINGLE_TABLE.matcher(sql);
        while (single.find()) {
            addFirstWord(single.group(1), tables);
        }
        return tables;
    }

    private static void addFirstWord(String item, SortedSet<String> tables) {
        String word = item.strip().split("\\s+")[0].replaceAll("[\"`\\[\\]]", "");
        String table = word.substring(word.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        String schema = word.contains(".") ? word.substring(0, word.lastIndexOf('.')).toLowerCase(Locale.ROOT) : "";
        if (IDENTIFIER.matcher(table).matches() && !KEYWORDS.contains(table) && !CATALOG_SCHEMAS.contains(schema)) {
            tables.add(table);
        }
    }

}
