/**
 * What one change costs in each shape ({@code ficus bench change-cost}): how far a change
 * to a candidate's class reaches through the analysis' dependency graph, how long the
 * changed unit takes to build and test, and how long it takes to serve again.
 */
@NullMarked
package dev.ficus.bench.change;

import org.jspecify.annotations.NullMarked;
