/**
 * The switch between a capability in-process and its extracted service: settings, the
 * guarded HTTP connection (timeouts, retries for idempotent calls, circuit breaker) and
 * the start-up line naming each capability's mode. Not an application module: the
 * catalog's and inventory's remote adapters (in their own {@code internal.remote}
 * packages) build on it, so it knows neither of them.
 */
@NullMarked
package dev.ficus.shop.extraction;

import org.jspecify.annotations.NullMarked;
