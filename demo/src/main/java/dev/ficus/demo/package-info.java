/**
 * {@code ficus demo}: the migration guide's journey on the sample in one command, one
 * step a line with what it proves, every process it started stopped at the end or on
 * Ctrl-C.
 */
@NullMarked
package dev.ficus.demo;

import org.jspecify.annotations.NullMarked;
