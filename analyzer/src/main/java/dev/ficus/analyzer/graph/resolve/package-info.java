/**
 * Type resolution without the symbol solver where possible: the analysed types and files
 * by name, each file's name scope, the static types of expressions and the targets of
 * method calls.
 */
@NullMarked
package dev.ficus.analyzer.graph.resolve;

import org.jspecify.annotations.NullMarked;
