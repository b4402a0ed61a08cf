/**
 * The route table: capabilities, their paths, modes and data ownership, persisted and
 * audited.
 */
@NullMarked
package dev.ficus.gateway.routing;

import org.jspecify.annotations.NullMarked;
