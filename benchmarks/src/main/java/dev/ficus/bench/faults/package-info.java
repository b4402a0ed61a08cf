/**
 * Reliability under faults and bad input ({@code ficus bench faults}): kill -9 under
 * load, the acknowledged writes read back, the report.
 */
@NullMarked
package dev.ficus.bench.faults;

import org.jspecify.annotations.NullMarked;
