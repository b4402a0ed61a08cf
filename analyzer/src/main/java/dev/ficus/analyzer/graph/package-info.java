/**
 * Stage two: builds the weighted dependency graph of the parsed types, with entry points
 * and table accesses.
 */
@NullMarked
package dev.ficus.analyzer.graph;

import org.jspecify.annotations.NullMarked;
