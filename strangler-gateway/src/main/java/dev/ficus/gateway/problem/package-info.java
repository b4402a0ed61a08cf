/**
 * Every error answer as an RFC 9457 problem detail.
 */
@NullMarked
package dev.ficus.gateway.problem;

import org.jspecify.annotations.NullMarked;
