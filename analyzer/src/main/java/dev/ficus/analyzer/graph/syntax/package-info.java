/** What declarations and annotations say, read from the syntax tree alone. */
@NullMarked
package dev.ficus.analyzer.graph.syntax;

import org.jspecify.annotations.NullMarked;
