package dev.ficus.analyzer.document;

import java.util.List;
import java.util.Objects;

/**
 * A table that moves with a candidate, with the columns its JPA entity maps: enough for a
 * first migration; or a Spring Data document collection, which no SQL moves.
 *
 * @param name lower-case table name
 * @param entity fully qualified entity type mapping it, or empty when no entity was found
 * @param columns columns in declaration order, empty when no entity was found
 * @param store {@value #SQL} for a database table, else the Spring Data store of a
 * document collection ({@code mongodb}, {@code elasticsearch})
 */
public record TableSpec(String name, String entity, List<Column> columns, String store) {

    /** The store of a relational database's table. */
    public static final String SQL = "sql";

    public TableSpec {
        columns = List.copyOf(columns);
        store = Objects.requireNonNullElse(store, SQL);
    }

    /** A database table. */
    public TableSpec(String name, String entity, List<Column> columns) {
        this(name, entity, columns, SQL);
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
