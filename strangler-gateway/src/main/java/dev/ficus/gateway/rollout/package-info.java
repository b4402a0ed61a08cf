/**
 * Progressive rollouts: weight steps that advance only while the SLOs and shadow diffs
 * hold.
 */
@NullMarked
package dev.ficus.gateway.rollout;

import org.jspecify.annotations.NullMarked;
