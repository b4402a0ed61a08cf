/**
 * Sticky canary: the same user always lands on the same side for a given weight.
 */
@NullMarked
package dev.ficus.gateway.canary;

import org.jspecify.annotations.NullMarked;
