/**
 * Scores a proposed decomposition against a reference one (MoJoFM, ARI, purity,
 * per-service precision and recall).
 */
@NullMarked
package dev.ficus.analyzer.score;

import org.jspecify.annotations.NullMarked;
