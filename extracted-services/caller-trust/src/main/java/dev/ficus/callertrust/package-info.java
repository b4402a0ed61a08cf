/**
 * Service-to-service trust on one machine or in a cluster: the callers a process accepts
 * (an allow-list of names and their shared tokens, checked by Spring Security) and the
 * identity its own calls carry.
 */
@NullMarked
package dev.ficus.callertrust;

import org.jspecify.annotations.NullMarked;
