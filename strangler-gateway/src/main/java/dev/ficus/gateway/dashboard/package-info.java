/**
 * The live dashboard: per-capability traffic history and service health.
 */
@NullMarked
package dev.ficus.gateway.dashboard;

import org.jspecify.annotations.NullMarked;
