/**
 * Ficus Shop: the sample monolith's application, with what spans its modules (event
 * redelivery, tracing, problem details).
 */
@NullMarked
package dev.ficus.shop;

import org.jspecify.annotations.NullMarked;
