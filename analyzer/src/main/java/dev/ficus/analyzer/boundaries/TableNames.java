package dev.ficus.analyzer.boundaries;

import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Table names as a reader says them: without the leading words every table of the
 * codebase carries ({@code tb_shop_order}, {@code tb_shop_user} give {@code order} and
 * {@code user}). Such a prefix names the application or a naming convention, never a
 * feature.
 */
final class TableNames {

    /** Fewer tables than this share words by chance. */
    static final int MIN_TABLES_DEFAULT = 3;

    private final List<String> prefix;

    /**
     * The word after the common prefix that begins most tables' names, when it is a
     * naming convention ({@code m_} on 197 of apache/fineract's 254 tables), else empty.
     */
    private final String convention;

    TableNames(Collection<String> tables) {
        List<List<String>> words = tables.stream().distinct().map(TableNames::words).toList();
        this.prefix = words.size() < MIN_TABLES_DEFAULT ? List.of() : commonPrefix(words);
        this.convention = words.size() < MIN_TABLES_DEFAULT ? "" : convention(words, prefix.size());
    }

    /**
     * The table's name as a feature would be called after it: spoken, and without the
     * convention's word when a word of its own remains ({@code m_loan_charge} gives
     * {@code loan_charge}).
     */
    String feature(String table) {
        String spoken = spoken(table);
        String lead = convention + "_";
        return !convention.isEmpty() && spoken.startsWith(lead) && spoken.length() > lead.length()
                ? spoken.substring(lead.length()) : spoken;
    }

    private static String convention(List<List<String>> tables, int skip) {
        Map<String, Integer> counts = new TreeMap<>();
        tables.stream()
            .filter(words -> words.size() > skip + 1)
            .forEach(words -> counts.merge(words.get(skip), 1, Integer::sum));
        return counts.entrySet()
            .stream()
            .filter(count -> 3 * count.getValue() > TableNamespaces.CONVENTION_THIRDS * tables.size())
            .map(Map.Entry::getKey)
            .findFirst()
            .orElse("");
    }

    /** The table's name without the prefix all tables share. */
    String spoken(String table) {
        if (prefix.isEmpty()) {
            return table;
        }
        List<String> words = words(table);
        return words.subList(prefix.size(), words.size()).stream().reduce((a, b) -> a + "_" + b).orElse(table);
    }

    /**
     * The leading words all tables share, leaving each at least one word of its own.
     */
    private static List<String> commonPrefix(List<List<String>> tables) {
        int length = tables.stream().mapToInt(words -> words.size() - 1).min().orElse(0);
        for (List<String> words : tables) {
            int same = 0;
            while (same < length && words.get(same).equals(tables.get(0).get(same))) {
                same++;
            }
            length = same;
        }
        return tables.isEmpty() ? List.of() : tables.get(0).subList(0, Math.max(length, 0));
    }

    private static List<String> words(String table) {
        return Arrays.stream(table.toLowerCase(Locale.ROOT).split("_")).filter(word -> !word.isEmpty()).toList();
    }

}
