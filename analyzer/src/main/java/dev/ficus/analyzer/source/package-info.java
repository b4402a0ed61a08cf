/**
 * Stage one: finds and parses the Java sources, collecting diagnostics instead of
 * failing.
 */
@NullMarked
package dev.ficus.analyzer.source;

import org.jspecify.annotations.NullMarked;
