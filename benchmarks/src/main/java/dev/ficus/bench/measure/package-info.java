/**
 * The monolith-vs-microservices benchmark: warm-up, throughput search, latency sweeps,
 * fault cases and their spread over repeats.
 */
@NullMarked
package dev.ficus.bench.measure;

import org.jspecify.annotations.NullMarked;
