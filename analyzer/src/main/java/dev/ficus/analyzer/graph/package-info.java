/**
 * Stage two: builds the weighted dependency graph of the parsed types, with entry points
 * and table accesses. This package is the stage's API
 * ({@link dev.ficus.analyzer.graph.GraphBuilder} and the
 * {@link dev.ficus.analyzer.graph.CodeGraph} model); its sub-packages each do one job:
 * {@code resolve} types, gather per-file {@code facts}, find {@code entrypoints} and
 * {@code data} access, read {@code calls} and {@code syntax}.
 */
@NullMarked
package dev.ficus.analyzer.graph;

import org.jspecify.annotations.NullMarked;
