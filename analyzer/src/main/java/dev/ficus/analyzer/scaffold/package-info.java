/** Generates a service skeleton for one candidate of a plan. */
@NullMarked
package dev.ficus.analyzer.scaffold;

import org.jspecify.annotations.NullMarked;
