/**
 * {@code ficus migrate-data}: copies a capability's tables in foreign-key order and
 * proves the copy with counts and checksums.
 */
@NullMarked
package dev.ficus.datamigration;

import org.jspecify.annotations.NullMarked;
