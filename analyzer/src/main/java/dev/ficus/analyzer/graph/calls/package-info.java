/**
 * Reads call sites and the declarations of called methods from the sources, for the
 * document's calls and operations.
 */
@NullMarked
package dev.ficus.analyzer.graph.calls;

import org.jspecify.annotations.NullMarked;
