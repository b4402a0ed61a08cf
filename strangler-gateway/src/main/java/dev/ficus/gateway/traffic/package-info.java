/**
 * Per-capability, per-side traffic counts and latencies, and the access log.
 */
@NullMarked
package dev.ficus.gateway.traffic;

import org.jspecify.annotations.NullMarked;
