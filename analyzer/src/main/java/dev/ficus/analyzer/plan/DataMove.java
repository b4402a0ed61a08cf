package dev.ficus.analyzer.plan;

import dev.ficus.analyzer.document.TableSpec;
import java.util.List;

/**
 * The data side of an extraction: the tables that move with the candidate, and every
 * piece of code elsewhere that reads or writes them and so must change before they can
 * move.
 *
 * @param tables tables that move with the candidate (those its entities map, see
 * {@code TableOwners}), sorted by name, with their columns when a JPA entity maps them
 * @param foreignAccesses accesses from other candidates or the shared kernel, sorted
 */
public record DataMove(List<TableSpec> tables, List<ForeignAccess> foreignAccesses) {

    public DataMove {
        tables = List.copyOf(tables);
        foreignAccesses = List.copyOf(foreignAccesses);
    }

    /**
     * Code outside the candidate that touches one of its tables.
     *
     * @param table lower-case table name
     * @param type fully qualified accessing type
     * @param owner candidate owning that type, or {@code "shared kernel"}
     * @param via how the analyzer knows: {@code entity}, {@code repository},
     * {@code mybatis}, {@code sql}
     * @param location {@code file:line}
     */
    public record ForeignAccess(String table, String type, String owner, String via, String location) {
    }
}
