/**
 * The shop's request mix and the truth each answer is checked against.
 */
@NullMarked
package dev.ficus.bench.scenario;

import org.jspecify.annotations.NullMarked;
