/**
 * The analysis document ({@code analysis.json}): the one model that analyze writes and
 * plan, the reports and users' tools read.
 */
@NullMarked
package dev.ficus.analyzer.document;

import org.jspecify.annotations.NullMarked;
