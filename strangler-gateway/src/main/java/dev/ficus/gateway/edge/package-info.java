/**
 * What is refused before routing: unsafe paths, oversized bodies, coerced numbers.
 */
@NullMarked
package dev.ficus.gateway.edge;

import org.jspecify.annotations.NullMarked;
