/**
 * The ways into an application, one finder per framework behind
 * {@link dev.ficus.analyzer.graph.entrypoints.FrameworkEntryPoints}.
 */
@NullMarked
package dev.ficus.analyzer.graph.entrypoints;

import org.jspecify.annotations.NullMarked;
