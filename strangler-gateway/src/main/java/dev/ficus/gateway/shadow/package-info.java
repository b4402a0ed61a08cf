/**
 * Shadow traffic: the service answers a copy of each request and the two bodies are
 * compared.
 */
@NullMarked
package dev.ficus.gateway.shadow;

import org.jspecify.annotations.NullMarked;
