/**
 * Decomposition quality metrics, one class each, defined on any JGraphT graph and
 * partition.
 */
@NullMarked
package dev.ficus.analyzer.boundaries.metrics;

import org.jspecify.annotations.NullMarked;
