/**
 * Stage three: suggests candidate services from the dependency graph (shared kernel, type
 * units, clustering, naming).
 */
@NullMarked
package dev.ficus.analyzer.boundaries;

import org.jspecify.annotations.NullMarked;
