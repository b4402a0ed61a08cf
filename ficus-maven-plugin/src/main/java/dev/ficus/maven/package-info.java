/**
 * The Maven plugin: analyze, plan and check goals over a whole reactor.
 */
@NullMarked
package dev.ficus.maven;

import org.jspecify.annotations.NullMarked;
