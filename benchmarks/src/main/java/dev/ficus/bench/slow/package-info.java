/**
 * A slow (not dead) dependency ({@code ficus bench slow-dependency}): under a bounded
 * open-model load, the inventory starts answering every operation seconds late instead of
 * failing, and the report says how much of the rest of the shop degrades in each shape,
 * with and without the monolith's circuit breaker.
 */
@NullMarked
package dev.ficus.bench.slow;

import org.jspecify.annotations.NullMarked;
