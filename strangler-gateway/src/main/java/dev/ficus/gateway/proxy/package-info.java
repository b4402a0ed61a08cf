/**
 * Forwards a request to the side its capability's route chose, never to a management
 * path.
 */
@NullMarked
package dev.ficus.gateway.proxy;

import org.jspecify.annotations.NullMarked;
