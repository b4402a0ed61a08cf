/**
 * Circuit breakers per capability and when a failed call may fall back to the other side.
 */
@NullMarked
package dev.ficus.gateway.fallback;

import org.jspecify.annotations.NullMarked;
