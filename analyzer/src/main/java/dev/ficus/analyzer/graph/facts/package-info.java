/**
 * What each file contributes to the graph: its dependency references, events and
 * {@code web.xml}/MyBatis descriptors, gathered per file so files can be scanned in
 * parallel and merged in file order.
 */
@NullMarked
package dev.ficus.analyzer.graph.facts;

import org.jspecify.annotations.NullMarked;
