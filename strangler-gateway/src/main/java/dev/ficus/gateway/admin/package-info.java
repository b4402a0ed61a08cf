/**
 * The admin API on its own loopback port: route changes, rollouts, audit; bearer token
 * only.
 */
@NullMarked
package dev.ficus.gateway.admin;

import org.jspecify.annotations.NullMarked;
