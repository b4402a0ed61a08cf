package dev.ficus.datamigration;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

/** The tables of one capability, in the order they are copied (parents first). */
interface CapabilityTables {

    /** Name of the capability, as the user typed it. */
    String service();

    /**
     * The tables, parents first; may read the databases' metadata.
     * @throws UserMistakeException when the tables cannot be copied as they are
     */
    List<TableSpec> tables(Connection source, Connection target) throws SQLException;

}
