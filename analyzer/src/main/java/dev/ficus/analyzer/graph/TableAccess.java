package dev.ficus.analyzer.graph;

import java.util.Comparator;

/**
 * One type's access to a database table, and how the analyzer knows it.
 *
 * @param type fully qualified top-level type
 * @param table lower-case table name
 * @param via how it was found: {@code entity}, {@code repository}, {@code mybatis},
 * {@code sql}
 * @param location where, for plans that cite file:line
 */
public record TableAccess(String type, String table, String via,
        SourceLocation location) implements Comparable<TableAccess> {

    private static final Comparator<TableAccess> ORDER = Comparator.comparing(TableAccess::type)
        .thenComparing(TableAccess::table)
        .thenComparing(TableAccess::via)
        .thenComparing(TableAccess::location);

    @Override
    public int compareTo(TableAccess other) {
        return ORDER.compare(this, other);
    }
}
