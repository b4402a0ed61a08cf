/**
 * The {@code ficus bench} command line: one class per subcommand.
 */
@NullMarked
package dev.ficus.bench.cli;

import org.jspecify.annotations.NullMarked;
