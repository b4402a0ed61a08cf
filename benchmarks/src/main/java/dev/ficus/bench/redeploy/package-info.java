/**
 * Deploying without downtime ({@code ficus bench redeploy}): one part of the shop
 * restarted gracefully under a steady load, alone or one instance at a time behind the
 * gateway, and the requests that failed meanwhile.
 */
@NullMarked
package dev.ficus.bench.redeploy;

import org.jspecify.annotations.NullMarked;
