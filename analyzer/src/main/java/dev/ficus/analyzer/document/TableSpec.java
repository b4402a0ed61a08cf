package dev.ficus.analyzer.document;

import java.util.List;

/**
 * A table that moves with a candidate, with the columns its JPA entity maps: enough for a
 * first migration.
 *
 * @param name lower-case table name
 * @param entity fully qualified entity type mapping it, or empty when no entity was found
 * @param columns columns in declaration order, empty when no entity was found
 */
public record TableSpec(String name, String entity, List<Column> columns) {

    public TableSpec {
        columns = List.copyOf(columns);
    }

    /**
     * A column as the entity maps it.
     *
     * @param name lower-case column name
     * @param sqlType portable SQL type (PostgreSQL and H2 both accept it)
     * @param primaryKey whether it is the {@code @Id}
     * @param generated whether the database generates it ({@code @GeneratedValue})
     * @param nullable whether it accepts null
     * @param unique whether it is unique
     */
    public record Column(String name, String sqlType, boolean primaryKey, boolean generated, boolean nullable,
            boolean unique) {
    }
}
