/**
 * The {@code ficus} command line: one class per command, exit codes mapped in one place.
 */
@NullMarked
package dev.ficus.analyzer.cli;

import org.jspecify.annotations.NullMarked;
