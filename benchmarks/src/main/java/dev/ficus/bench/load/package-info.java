/**
 * Bounded open-model load over loopback and what each request came back with.
 */
@NullMarked
package dev.ficus.bench.load;

import org.jspecify.annotations.NullMarked;
