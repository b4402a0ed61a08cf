/**
 * Where a result came from: command line, commit, machine and load.
 */
@NullMarked
package dev.ficus.bench.provenance;

import org.jspecify.annotations.NullMarked;
