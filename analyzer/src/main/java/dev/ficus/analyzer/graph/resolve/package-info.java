/** Finds parsed files and type declarations by name. */
@NullMarked
package dev.ficus.analyzer.graph.resolve;

import org.jspecify.annotations.NullMarked;
