package dev.ficus.plan;

import java.util.List;
import java.util.Objects;

/**
 * The data side of an extraction: the tables that move with the candidate, and every
 * piece of code elsewhere that reads or writes them and so must change before they can
 * move.
 *
 * @param tables tables that move with the candidate (each table moves with one candidate:
 * the one whose JPA entity maps it, else the one touching it most), sorted by name, with
 * their columns when a JPA entity maps them
 * @param foreignAccesses accesses from other candidates, the shared kernel or the
 * platform, sorted
 */
public record DataMove(List<Table> tables, List<ForeignAccess> foreignAccesses) {

    public DataMove {
        tables = List.copyOf(tables);
        foreignAccesses = List.copyOf(foreignAccesses);
    }

    /**
     * A table that moves, with the columns its JPA entity maps: enough for a first
     * migration.
     *
     * @param name lower-case table name
     * @param entity fully qualified entity type mapping it, or empty when no entity was
     * found
     * @param columns columns in declaration order, empty when no entity was found
     * @param store {@value #SQL} for a database table, else the Spring Data store of a
     * document collection ({@code mongodb}, {@code elasticsearch}), whose data no SQL
     * moves
     */
    public record Table(String name, String entity, List<Column> columns, String store) {

        /** The store of a relational database's table. */
        public static final String SQL = "sql";

        public Table {
            columns = List.copyOf(columns);
            store = Objects.requireNonNullElse(store, SQL);
        }

        /** A database table. */
        public Table(String name, String entity, List<Column> columns) {
            this(name, entity, columns, SQL);
        }

        /** Whether it is a relational database's table, which SQL moves. */
        public boolean sql() {
            return SQL.equals(store);
        }

        /** The primary key's columns as the entity maps them, in declaration order. */
        public List<String> primaryKey() {
            return columns.stream().filter(Column::primaryKey).map(Column::name).toList();
        }
    }

    /**
     * A column as the entity maps it.
     *
     * @param name lower-case column name
     * @param sqlType portable SQL type (PostgreSQL and H2 both accept it)
     * @param primaryKey whether it is (part of) the {@code @Id}
     * @param generated whether the database generates it ({@code @GeneratedValue})
     * @param nullable whether it accepts null
     * @param unique whether it is unique
     */
    public record Column(String name, String sqlType, boolean primaryKey, boolean generated, boolean nullable,
            boolean unique) {
    }

    /**
     * Code outside the candidate that touches one of its tables.
     *
     * @param table lower-case table name
     * @param type fully qualified accessing type
     * @param owner candidate owning that type, {@code "shared kernel"} or
     * {@code "platform"}
     * @param via how the analyzer knows: {@code entity}, {@code repository},
     * {@code mybatis}, {@code sql}
     * @param location {@code file:line}
     */
    public record ForeignAccess(String table, String type, String owner, String via, String location) {
    }
}
