package dev.ficus.datamigration;

/**
 * The target already holds a row with the same key but other values; the migration never
 * overwrites it.
 */
class ConflictingRowException extends RuntimeException {

    ConflictingRowException(String table, Object key, Row source, Row target) {
        super("conflict in " + table + " at key " + key + ": source " + source + " vs target " + target
                + " (refusing to overwrite)");
    }

}
