/**
 * The gateway's own cost against a direct call, nginx and a fixed fast backend
 * ({@code ficus bench gateway-overhead}).
 */
@NullMarked
package dev.ficus.bench.overhead;

import org.jspecify.annotations.NullMarked;
